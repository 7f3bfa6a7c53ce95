"""Placeholder pictures drawn on the spot, so the demo needs nothing from the network."""

import random
from io import BytesIO

from PIL import Image, ImageDraw, ImageFilter


def _rgb(hex_colour):
    hex_colour = hex_colour.lstrip("#")
    return tuple(int(hex_colour[i : i + 2], 16) for i in (0, 2, 4))


def _mix(a, b, t):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def placeholder_jpeg(seed, colours, size=(1600, 900)):
    """A JPEG of soft shapes over a diagonal gradient between two colours.

    The same seed and colours give the same bytes, so reloading the demo does not
    change any file.
    """
    rng = random.Random(seed)
    first, second = (_rgb(c) for c in colours)
    width, height = size
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    for x in range(width):
        draw.line([(x, 0), (x, height)], fill=_mix(first, second, x / (width - 1)))
    shapes = Image.new("RGBA", size, (0, 0, 0, 0))
    shape_draw = ImageDraw.Draw(shapes)
    for _ in range(14):
        radius = rng.randint(height // 10, height // 3)
        cx, cy = rng.randint(0, width), rng.randint(0, height)
        tone = _mix((255, 255, 255), rng.choice([first, second]), rng.random())
        box = [cx - radius, cy - radius, cx + radius, cy + radius]
        if rng.random() < 0.5:
            shape_draw.ellipse(box, fill=(*tone, rng.randint(40, 110)))
        else:
            shape_draw.rectangle(box, fill=(*tone, rng.randint(30, 90)))
    shapes = shapes.filter(ImageFilter.GaussianBlur(6))
    image = Image.alpha_composite(image.convert("RGBA"), shapes).convert("RGB")
    buffer = BytesIO()
    image.save(buffer, format="JPEG", quality=82, optimize=True)
    return buffer.getvalue()
