#ifndef PARALLAX_CNCURSESW_SHIM_H
#define PARALLAX_CNCURSESW_SHIM_H

// SwiftPM drops pkg-config's -D_XOPEN_SOURCE, so ask for the wide-character API here.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Macros and C globals do not import into Swift 6; these accessors stand in for them.
static inline WINDOW *px_stdscr(void) { return stdscr; }
static inline int px_lines(void) { return LINES; }
static inline int px_cols(void) { return COLS; }
static inline int px_colors(void) { return COLORS; }
static inline int px_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t px_a_normal(void) { return A_NORMAL; }
static inline attr_t px_a_bold(void) { return A_BOLD; }
static inline attr_t px_a_reverse(void) { return A_REVERSE; }
static inline attr_t px_a_underline(void) { return A_UNDERLINE; }
static inline attr_t px_a_dim(void) { return A_DIM; }
static inline attr_t px_a_italic(void) { return A_ITALIC; }
static inline void px_set_escdelay(int ms) { set_escdelay(ms); }
int wcwidth(wchar_t c);

#endif
