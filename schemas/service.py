from marshmallow import Schema, fields


class HealthSchema(Schema):
    status = fields.String(required=True, metadata={"description": "Always `ok`."})


class ReadinessSchema(Schema):
    status = fields.String(required=True, metadata={"description": "`ready` when the database answers."})
    dataset_version = fields.String(required=True, metadata={"description": "Version of the dataset served."})


class ProblemTypeSchema(Schema):
    type = fields.String(required=True, metadata={"description": "The problem type URI."})
    status = fields.Integer(required=True, metadata={"description": "HTTP status it comes with."})
    title = fields.String(required=True, metadata={"description": "Short summary."})
    description = fields.String(required=True, metadata={"description": "When it happens and what to do."})
