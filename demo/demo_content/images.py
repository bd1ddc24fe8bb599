"""Demo photos drawn with Pillow: small countryside scenes, deterministic per seed.

Nothing is fetched from the network; the same seed always gives the same JPEG.
"""

import io
import random

from PIL import Image, ImageDraw, ImageFilter

PALETTES = [
    # sky top, sky bottom, far hills, near fields, accent
    ((96, 160, 220), (200, 228, 245), (74, 122, 84), (120, 170, 60), (240, 200, 60)),
    ((250, 170, 110), (253, 226, 180), (110, 90, 110), (90, 140, 70), (220, 80, 60)),
    ((70, 110, 170), (170, 200, 230), (60, 100, 110), (150, 180, 70), (250, 240, 200)),
    ((130, 190, 210), (230, 240, 235), (90, 130, 90), (200, 180, 90), (200, 40, 40)),
]


def _vertical_gradient(draw, box, top, bottom):
    x0, y0, x1, y1 = box
    height = max(1, y1 - y0)
    for y in range(y0, y1):
        t = (y - y0) / height
        colour = tuple(int(top[i] + (bottom[i] - top[i]) * t) for i in range(3))
        draw.line([(x0, y), (x1, y)], fill=colour)


def scene_jpeg(seed, width=960, height=600, quality=78):
    """Return the bytes of a JPEG landscape for ``seed``."""
    rng = random.Random(seed)
    sky_top, sky_bottom, hills, fields, accent = PALETTES[rng.randrange(len(PALETTES))]
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    horizon = int(height * rng.uniform(0.45, 0.6))
    _vertical_gradient(draw, (0, 0, width, horizon), sky_top, sky_bottom)

    sun_x, sun_y, sun_r = rng.randint(60, width - 60), rng.randint(40, horizon // 2), rng.randint(25, 50)
    draw.ellipse((sun_x - sun_r, sun_y - sun_r, sun_x + sun_r, sun_y + sun_r), fill=accent)

    for layer, shade in enumerate((0.8, 1.0)):
        colour = tuple(int(c * shade) for c in hills)
        points = [(0, horizon)]
        for x in range(0, width + 80, 80):
            points.append((x, horizon - rng.randint(20, 110) + layer * 30))
        points.append((width, horizon))
        draw.polygon(points, fill=colour)

    _vertical_gradient(draw, (0, horizon, width, height), fields, tuple(int(c * 0.7) for c in fields))
    for row in range(horizon + 12, height, 18):
        shade = tuple(min(255, int(c * rng.uniform(0.85, 1.15))) for c in fields)
        draw.line([(0, row), (width, row + rng.randint(-8, 8))], fill=shade, width=3)

    for _ in range(rng.randint(2, 5)):  # houses
        hx = rng.randint(0, width - 80)
        hy = horizon + rng.randint(-10, 20)
        w, h = rng.randint(40, 70), rng.randint(28, 40)
        draw.rectangle((hx, hy - h, hx + w, hy), fill=(235, 225, 205))
        draw.polygon([(hx - 6, hy - h), (hx + w // 2, hy - h - 24), (hx + w + 6, hy - h)], fill=accent)

    image = image.filter(ImageFilter.SMOOTH)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality, optimize=True, progressive=True)
    return buffer.getvalue()
