#!/usr/bin/env python3
"""Rebuild every app icon file in assets/ from the two SVG masters in assets/src/.

    python3 assets/tools/build_icons.py            # from the repository root (or anywhere)
    python3 assets/tools/build_icons.py --check    # only parse and list the existing .ico/.icns

Inputs
    assets/src/icon.svg        detailed artwork, used for 128 px and larger
    assets/src/icon-small.svg  simplified artwork (pixel-grid aligned), used for 64 px and smaller

Outputs
    assets/icon-{16,32,48,64,128,256,512}.png, assets/icon.png (512 px)
    assets/icon.ico   Windows, 16/24/32/48/64/128 px as 32-bit BMP entries + 256 px as PNG entry
    assets/icon.icns  macOS, PNG payloads: ic11/ic12 (16@2x, 32@2x), ic07/ic13 (128, 128@2x),
                      ic08/ic14 (256, 256@2x), ic09/ic10 (512, 512@2x = 1024 px)
    src/main/resources/com/allaccessartist/app/icon-{32,64,256}.png   (window icons)

Only the standard library is used for the .ico/.icns containers.  Rasterising the SVGs needs
one of: rsvg-convert (Debian: librsvg2-bin), inkscape, or ImageMagick (Debian: imagemagick).
"""
from __future__ import annotations

import argparse
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

ASSETS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROOT = os.path.dirname(ASSETS)
SRC_FULL = os.path.join(ASSETS, "src", "icon.svg")
SRC_SMALL = os.path.join(ASSETS, "src", "icon-small.svg")
RESOURCES = os.path.join(ROOT, "src", "main", "resources", "com", "allaccessartist", "app")

SMALL_MAX = 64                      # sizes <= this use the simplified artwork
PNG_SET = [16, 32, 48, 64, 128, 256, 512]
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
ICNS_ENTRIES = [                    # (OSType, pixel size); all PNG payloads (macOS 10.7+)
    (b"ic11", 32), (b"ic12", 64),
    (b"ic07", 128), (b"ic13", 256),
    (b"ic08", 256), (b"ic14", 512),
    (b"ic09", 512), (b"ic10", 1024),
]
RESOURCE_SIZES = [32, 64, 256]


# --------------------------------------------------------------------------- rasterising

def _is_real_imagemagick(cmd: str) -> bool:
    try:
        out = subprocess.run([cmd, "-version"], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return False
    return "ImageMagick" in out.stdout


def find_rasterizer() -> list[str]:
    """Returns an argv prefix; the caller appends size, input and output."""
    if shutil.which("rsvg-convert"):
        return ["rsvg-convert"]
    if shutil.which("inkscape"):
        return ["inkscape"]
    for cmd in ("magick", "/usr/bin/convert", "convert"):
        path = shutil.which(cmd) or (cmd if os.path.isabs(cmd) and os.path.exists(cmd) else None)
        if path and _is_real_imagemagick(path):
            return [path]
    sys.exit("No SVG rasteriser found: install librsvg2-bin (rsvg-convert), inkscape or imagemagick")


def render(tool: list[str], svg: str, size: int, out: str) -> None:
    name = os.path.basename(tool[0])
    if name == "rsvg-convert":
        argv = tool + ["-w", str(size), "-h", str(size), "-f", "png", "-o", out, svg]
    elif name == "inkscape":
        argv = tool + [svg, "--export-type=png", f"--export-filename={out}",
                       f"--export-width={size}", f"--export-height={size}"]
    else:  # ImageMagick: render at 4x density, then downsample for smooth edges
        density = str(int(72 * size / 512 * 4) or 72)
        argv = tool + ["-background", "none", "-density", density, svg,
                       "-resize", f"{size}x{size}", f"PNG32:{out}"]
    subprocess.run(argv, check=True)
    w, h, _ = read_png_rgba(out)
    if (w, h) != (size, size):
        sys.exit(f"{out}: expected {size}x{size}, got {w}x{h}")


# --------------------------------------------------------------------------- PNG reading

def read_png_rgba(path: str) -> tuple[int, int, bytes]:
    """Minimal PNG decoder: 8-bit RGB/RGBA, non-interlaced. Returns (w, h, RGBA bytes)."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path}: not a PNG")
    pos, idat, ihdr = 8, bytearray(), None
    while pos < len(data):
        length, ctype = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if ctype == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", chunk)
        elif ctype == b"IDAT":
            idat += chunk
        elif ctype == b"IEND":
            break
        pos += 12 + length
    w, h, depth, color, _, _, interlace = ihdr
    if depth != 8 or color not in (2, 6) or interlace:
        raise ValueError(f"{path}: need 8-bit RGB(A) non-interlaced PNG (got depth {depth}, type {color})")
    bpp = 4 if color == 6 else 3
    raw = zlib.decompress(bytes(idat))
    stride = w * bpp
    out = bytearray()
    prev = bytearray(stride)
    i = 0
    for _ in range(h):
        ftype = raw[i]
        line = bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if ftype == 1:
                line[x] = (line[x] + a) & 0xFF
            elif ftype == 2:
                line[x] = (line[x] + b) & 0xFF
            elif ftype == 3:
                line[x] = (line[x] + ((a + b) >> 1)) & 0xFF
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[x] = (line[x] + pred) & 0xFF
        prev = line
        if bpp == 4:
            out += line
        else:
            for x in range(w):
                out += line[x * 3:x * 3 + 3] + b"\xff"
    return w, h, bytes(out)


# --------------------------------------------------------------------------- containers

def ico_bmp_entry(w: int, h: int, rgba: bytes) -> bytes:
    """32-bit BI_RGB DIB as stored in .ico: header height doubled, rows bottom-up, BGRA,
    followed by a 1-bit AND mask (all zero: the alpha channel does the masking)."""
    header = struct.pack("<IiiHHIIiiII", 40, w, h * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    pixels = bytearray()
    for y in range(h - 1, -1, -1):
        row = rgba[y * w * 4:(y + 1) * w * 4]
        for x in range(w):
            r, g, b, a = row[x * 4:x * 4 + 4]
            pixels += bytes((b, g, r, a))
    mask_stride = ((w + 31) // 32) * 4
    return header + bytes(pixels) + bytes(mask_stride * h)


def write_ico(path: str, pngs: dict[int, str]) -> None:
    images = []
    for size in ICO_SIZES:
        if size >= 256:
            with open(pngs[size], "rb") as f:
                payload = f.read()            # PNG-compressed entry (Vista+), as Windows SDK tools do
        else:
            w, h, rgba = read_png_rgba(pngs[size])
            payload = ico_bmp_entry(w, h, rgba)
        images.append((size, payload))
    out = bytearray(struct.pack("<HHH", 0, 1, len(images)))
    offset = 6 + 16 * len(images)
    for size, payload in images:
        dim = 0 if size >= 256 else size
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(payload), offset)
        offset += len(payload)
    for _, payload in images:
        out += payload
    with open(path, "wb") as f:
        f.write(out)


def write_icns(path: str, pngs: dict[int, str]) -> None:
    body = bytearray()
    for ostype, size in ICNS_ENTRIES:
        with open(pngs[size], "rb") as f:
            payload = f.read()
        body += ostype + struct.pack(">I", 8 + len(payload)) + payload
    with open(path, "wb") as f:
        f.write(b"icns" + struct.pack(">I", 8 + len(body)) + body)


# --------------------------------------------------------------------------- checking

def png_size(payload: bytes) -> tuple[int, int]:
    if payload[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("entry is not a PNG")
    return struct.unpack(">II", payload[16:24])


def describe_ico(path: str) -> list[str]:
    with open(path, "rb") as f:
        data = f.read()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert reserved == 0 and kind == 1, "not an .ico"
    lines = []
    for i in range(count):
        w, h, _, _, planes, bits, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i:22 + 16 * i])
        payload = data[offset:offset + length]
        assert len(payload) == length, "truncated entry"
        if payload[:8] == b"\x89PNG\r\n\x1a\n":
            pw, ph = png_size(payload)
            fmt = f"PNG {pw}x{ph}"
        else:
            _, bw, bh2, _, bbits = struct.unpack("<IiiHH", payload[:16])
            fmt = f"BMP {bw}x{bh2 // 2} {bbits}bpp"
        lines.append(f"  {w or 256}x{h or 256} {bits}bpp {length} bytes: {fmt}")
    return lines


def describe_icns(path: str) -> list[str]:
    with open(path, "rb") as f:
        data = f.read()
    magic, total = struct.unpack(">4sI", data[:8])
    assert magic == b"icns" and total == len(data), "bad icns header"
    pos, lines = 8, []
    while pos < total:
        ostype, length = struct.unpack(">4sI", data[pos:pos + 8])
        pw, ph = png_size(data[pos + 8:pos + length])
        lines.append(f"  {ostype.decode()} {length - 8} bytes: PNG {pw}x{ph}")
        pos += length
    assert pos == total, "entries overrun the file"
    return lines


# --------------------------------------------------------------------------- main

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="only list the entries of icon.ico and icon.icns")
    ap.add_argument("--no-resources", action="store_true",
                    help="do not copy the window icons into src/main/resources")
    args = ap.parse_args()

    ico, icns = os.path.join(ASSETS, "icon.ico"), os.path.join(ASSETS, "icon.icns")
    if not args.check:
        tool = find_rasterizer()
        print(f"rasteriser: {tool[0]}")
        sizes = sorted(set(PNG_SET + ICO_SIZES + [s for _, s in ICNS_ENTRIES]))
        with tempfile.TemporaryDirectory() as tmp:
            pngs = {}
            for size in sizes:
                svg = SRC_SMALL if size <= SMALL_MAX else SRC_FULL
                pngs[size] = os.path.join(tmp, f"icon-{size}.png")
                render(tool, svg, size, pngs[size])
            for size in PNG_SET:
                shutil.copyfile(pngs[size], os.path.join(ASSETS, f"icon-{size}.png"))
            shutil.copyfile(pngs[512], os.path.join(ASSETS, "icon.png"))
            write_ico(ico, pngs)
            write_icns(icns, pngs)
            if not args.no_resources:
                os.makedirs(RESOURCES, exist_ok=True)
                for size in RESOURCE_SIZES:
                    shutil.copyfile(pngs[size], os.path.join(RESOURCES, f"icon-{size}.png"))
                print(f"window icons: {os.path.relpath(RESOURCES, ROOT)}/icon-{{32,64,256}}.png")
        print("PNG set: " + ", ".join(f"icon-{s}.png" for s in PNG_SET) + ", icon.png")
    print(f"{os.path.relpath(ico, ROOT)}:")
    print("\n".join(describe_ico(ico)))
    print(f"{os.path.relpath(icns, ROOT)}:")
    print("\n".join(describe_icns(icns)))


if __name__ == "__main__":
    main()
