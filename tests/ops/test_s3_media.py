"""Media on S3-compatible storage through django-storages.

The S3 service here is moto's server mode, started on a free loopback port: a stand-in
that speaks the S3 protocol, not Amazon S3 or MinIO. What is tested is our side: the
settings, uploads, renditions and the URLs pages show.
"""

import subprocess
import sys
from io import BytesIO

import boto3
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from PIL import Image as PILImage
from wagtail.images import get_image_model

from tests.ops.conftest import free_port, manage, production_env, wait_for_port

BUCKET = "hcc-media"
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}


@pytest.fixture
def s3_server():
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port, process, timeout=60)
        endpoint = f"http://127.0.0.1:{port}"
        client = boto3.client(
            "s3",
            endpoint_url=endpoint,
            region_name="us-east-1",
            aws_access_key_id="testing",
            aws_secret_access_key="testing",
        )
        client.create_bucket(Bucket=BUCKET)
        yield endpoint, client
    finally:
        process.terminate()
        process.wait(timeout=10)


def png():
    buffer = BytesIO()
    PILImage.new("RGB", (320, 200), (30, 120, 200)).save(buffer, format="PNG")
    return buffer.getvalue()


def test_images_and_renditions_are_stored_in_the_bucket(s3_server, db):
    endpoint, client = s3_server
    with override_settings(
        STORAGES={
            "default": {"BACKEND": "storages.backends.s3.S3Storage"},
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        },
        AWS_STORAGE_BUCKET_NAME=BUCKET,
        AWS_S3_ENDPOINT_URL=endpoint,
        AWS_S3_REGION_NAME="us-east-1",
        AWS_ACCESS_KEY_ID="testing",
        AWS_SECRET_ACCESS_KEY="testing",
        AWS_LOCATION="media",
        AWS_QUERYSTRING_AUTH=False,
        AWS_S3_FILE_OVERWRITE=False,
    ):
        image = get_image_model().objects.create(
            title="Ảnh trên S3", file=SimpleUploadedFile("san-khau.png", png())
        )
        rendition = image.get_rendition("fill-100x100")
        keys = {obj["Key"] for obj in client.list_objects_v2(Bucket=BUCKET)["Contents"]}
        assert f"media/{image.file.name}" in keys
        assert f"media/{rendition.file.name}" in keys
        assert rendition.url.startswith(f"{endpoint}/{BUCKET}/media/")
        stored = client.get_object(Bucket=BUCKET, Key=f"media/{image.file.name}")["Body"].read()
        assert stored == png()
        assert (image.width, image.height) == (320, 200)


def test_production_settings_choose_s3_when_a_bucket_is_named():
    script = (
        "from django.conf import settings;"
        "from django.core.files.storage import default_storage as s;"
        "print(settings.STORAGES['default']['BACKEND']);"
        "print(s.bucket_name, s.endpoint_url, s.location);"
        "print(' '.join(settings.CONTENT_SECURITY_POLICY['img-src']))"
    )
    env = production_env(
        DATABASE_URL="sqlite:///:memory:",
        AWS_STORAGE_BUCKET_NAME=BUCKET,
        AWS_S3_ENDPOINT_URL="https://s3.example.vn",
        **CREDENTIALS,
    )
    lines = manage("shell", "-c", script, env=env).stdout.strip().splitlines()[-3:]
    assert lines[0] == "storages.backends.s3.S3Storage"
    assert lines[1] == f"{BUCKET} https://s3.example.vn media"
    assert "https://s3.example.vn" in lines[2].split()
    without = manage("shell", "-c", script.split(";print(s.")[0], env=production_env())
    assert without.stdout.strip().endswith("FileSystemStorage")
