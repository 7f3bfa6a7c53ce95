# The web and worker image: python:3.11-slim, the project with its production extras,
# static files collected at build time, gunicorn as an unprivileged user.
# Built and run with podman on the development machine, on a stand-in base image: see README.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    DJANGO_SETTINGS_MODULE=hanoi.settings.production \
    PORT=8000

# gettext compiles the Vietnamese catalogues; postgresql-client gives pg_dump for backups.
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext postgresql-client \
    && rm -rf /var/lib/apt/lists/*

RUN useradd --create-home --uid 1000 hcc
WORKDIR /app

COPY . .
# Installed in place (-e), as in development: a regular install would copy this project's
# `events` app over PyPI's `events` package in site-packages, which opensearch-py imports
# (sitesearch/engines.py). The opensearch extra: compose.yaml sets SEARCH_URL.
RUN pip install -e '.[s3,worker,opensearch]'

# Build-time steps need a secret key and a database URL but touch no database.
RUN SECRET_KEY=build-only DATABASE_URL=sqlite:////tmp/build.sqlite3 \
        python manage.py compilemessages -v0 \
    && SECRET_KEY=build-only DATABASE_URL=sqlite:////tmp/build.sqlite3 \
        STATIC_ROOT=/app/static python manage.py collectstatic --noinput -v0 \
    && rm -f /tmp/build.sqlite3 \
    && mkdir -p /app/media && chown hcc:hcc /app/media

ENV STATIC_ROOT=/app/static MEDIA_ROOT=/app/media
USER hcc
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s CMD python -c "import urllib.request,os; urllib.request.urlopen(f'http://127.0.0.1:{os.environ[\"PORT\"]}/healthz', timeout=4)"
CMD ["gunicorn", "hanoi.wsgi", "-c", "gunicorn.conf.py"]
