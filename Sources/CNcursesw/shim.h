// Wide-character ncurses for Swift. SwiftPM drops pkg-config's -D_XOPEN_SOURCE, so the wide API
// (get_wch, cchar_t) must be switched on here, before the include.
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <ncursesw/curses.h>
