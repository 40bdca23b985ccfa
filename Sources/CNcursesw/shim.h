// Wide-character ncurses for Swift. SwiftPM drops pkg-config's -D_XOPEN_SOURCE, so the wide API
// (get_wch, cchar_t) must be switched on here, before the include.
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <ncursesw/curses.h>

// Macros Swift cannot import (NCURSES_BITS expressions, stdscr global): static inline
// accessors, which work in a system-library target where a .c file would never be compiled.
static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline int cn_key_f(int n) { return KEY_F(n); }
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }
static inline int cn_colors(void) { return COLORS; }

#include <poll.h>
#include <signal.h>
#include <stddef.h>
// ppoll is a GNU extension the Glibc module does not import (glibc and musl both provide it).
// Waits until fd is readable, with `mask` as the signal mask during the wait and no timeout.
struct timespec;
int ppoll(struct pollfd *fds, nfds_t nfds, const struct timespec *timeout, const sigset_t *mask);
static inline int cn_wait_readable(int fd, const sigset_t *mask, short *revents) {
  struct pollfd entry = { fd, POLLIN, 0 };
  int result = ppoll(&entry, 1, NULL, mask);
  *revents = entry.revents;
  return result;
}

/* The same wait with a limit in milliseconds: 0 when it passed with nothing to read. */
static inline int cn_wait_readable_for(int fd, const sigset_t *mask, short *revents, long milliseconds) {
  struct pollfd entry = { fd, POLLIN, 0 };
  struct timespec limit = { milliseconds / 1000, (milliseconds % 1000) * 1000000L };
  int result = ppoll(&entry, 1, &limit, mask);
  *revents = entry.revents;
  return result;
}
