print("  [_pkg_demo.nested package running]")
