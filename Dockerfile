# The API image: the dataset is built into it at build time (data changes
# ship as new images), served by gunicorn with the same gunicorn.conf.py as
# `make run`, as a non-root user.
#
#   docker build -t shanghai-investment-api .
#   docker run --rm -p 127.0.0.1:8000:8000 shanghai-investment-api
#
# BASE_IMAGE is any Debian-like image with Python 3.11+ and its venv module
# (`make image-check` passes a local Debian bookworm one); both stages use it
# so the virtualenv's interpreter exists in the final stage.
ARG BASE_IMAGE=python:3.11-slim

FROM ${BASE_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1
WORKDIR /src
RUN python3 -m venv /opt/venv
COPY pyproject.toml constraints.txt README.md ./
COPY api ./api
COPY schemas ./schemas
COPY seed ./seed
# Every dependency is a binary wheel from PyPI: no compiler in either stage.
# Behind a TLS-intercepting proxy, pass its CA bundle as a build secret
# (`--secret id=ca,src=/etc/ssl/certs/ca-certificates.crt`): used by pip
# here, never stored in a layer.
RUN --mount=type=secret,id=ca \
    if [ -s /run/secrets/ca ]; then export PIP_CERT=/run/secrets/ca; fi \
    && /opt/venv/bin/pip install --no-cache-dir --constraint constraints.txt . \
    && mkdir -p /opt/data \
    && /opt/venv/bin/python -m seed --output /opt/data/data.db \
    && chmod 0444 /opt/data/data.db

FROM ${BASE_IMAGE}
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    HOST=0.0.0.0 \
    PORT=8000 \
    DATABASE_PATH=/opt/data/data.db
RUN useradd --system --uid 10001 --user-group --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin api
COPY --from=build /opt/venv /opt/venv
COPY --from=build /opt/data /opt/data
WORKDIR /app
COPY gunicorn.conf.py ./
USER 10001:10001
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/readyz' % os.environ.get('PORT', '8000'), timeout=3)"]
CMD ["gunicorn", "--config", "/app/gunicorn.conf.py", "api:create_app()"]
