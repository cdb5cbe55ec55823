"""Marshmallow schemas: seed validation, API responses and the OpenAPI document."""
