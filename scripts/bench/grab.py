"""Grabs the X root window in a loop and prints one line per frame:
`<CLOCK_MONOTONIC ns> <distinct colours, capped> <CRC-32 of the pixels>`.

One long-lived process calling XGetImage through ctypes grabs a 1280x800
screen in a few milliseconds, against about 100 ms for each `import -window
root` (a new ImageMagick process per frame), so a first paint is timed to
within ~20 ms and the grabbing takes less CPU from the app being measured.
Stops when stdin closes. Only libX11 is needed (every GTK desktop has it).
"""

import ctypes
import sys
import threading
import time
import zlib

ZPIXMAP = 2
ALL_PLANES = ctypes.c_ulong(0xFFFFFFFF)
PAUSE = 0.010
COLOUR_CAP = 256


class XImage(ctypes.Structure):
    # The leading fields of Xlib's XImage, enough to find the pixels.
    _fields_ = [
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("xoffset", ctypes.c_int),
        ("format", ctypes.c_int),
        ("data", ctypes.POINTER(ctypes.c_char)),
        ("byte_order", ctypes.c_int),
        ("bitmap_unit", ctypes.c_int),
        ("bitmap_bit_order", ctypes.c_int),
        ("bitmap_pad", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("bytes_per_line", ctypes.c_int),
    ]


def main():
    x11 = ctypes.CDLL("libX11.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XDefaultRootWindow.restype = ctypes.c_ulong
    x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x11.XGetImage.restype = ctypes.POINTER(XImage)
    x11.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int,
                              ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
    x11.XDestroyImage.argtypes = [ctypes.POINTER(XImage)]
    x11.XDisplayWidth.argtypes = x11.XDisplayHeight.argtypes = [ctypes.c_void_p, ctypes.c_int]
    display = x11.XOpenDisplay(None)
    if not display:
        sys.exit("grab.py: no X display")
    root = x11.XDefaultRootWindow(display)
    width, height = x11.XDisplayWidth(display, 0), x11.XDisplayHeight(display, 0)

    stop = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
    while not stop.is_set():
        image = x11.XGetImage(display, root, 0, 0, width, height, ALL_PLANES, ZPIXMAP)
        grabbed = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
        size = image.contents.bytes_per_line * image.contents.height
        pixels = ctypes.string_at(image.contents.data, size)
        x11.XDestroyImage(image)
        # Every seventh pixel is plenty to tell a painted page from a blank one.
        colours = len(set(memoryview(pixels).cast("I")[::7]))
        print(grabbed, min(colours, COLOUR_CAP), zlib.crc32(pixels), flush=True)
        time.sleep(PAUSE)


if __name__ == "__main__":
    main()
