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

// A screen on /dev/null of a given size, for tests of the drawing code with no terminal.
#include <stdio.h>
static inline int px_start_headless(int width, int height) {
    FILE *out = fopen("/dev/null", "w"), *in = fopen("/dev/null", "r");
    if (!out || !in) return -1;
    SCREEN *screen = newterm("xterm-256color", out, in);
    if (!screen) return -1;
    set_term(screen);
    resizeterm(height, width);
    return 0;
}

// The text and attributes of one cell, read back from the screen.
static inline int px_read_cell(int y, int x, wchar_t *text, int capacity, attr_t *attributes) {
    cchar_t cell;
    short pair;
    if (mvwin_wch(stdscr, y, x, &cell) == ERR) return -1;
    wchar_t buffer[CCHARW_MAX + 1];
    if (getcchar(&cell, buffer, attributes, &pair, NULL) == ERR) return -1;
    int i = 0;
    for (; buffer[i] && i < capacity - 1; i++) text[i] = buffer[i];
    text[i] = 0;
    return i;
}

// Mouse: clicks and the wheel, read as (x, y, kind): kind 1 click, 4 wheel up, 5 wheel down, 0 other.
static inline void px_mouse_on(void) { mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL); mouseinterval(0); }
static inline int px_read_mouse(int *x, int *y) {
    MEVENT event;
    if (getmouse(&event) != OK) return 0;
    *x = event.x; *y = event.y;
    if (event.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)) return 1;
    if (event.bstate & BUTTON4_PRESSED) return 4;
#ifdef BUTTON5_PRESSED
    if (event.bstate & BUTTON5_PRESSED) return 5;
#endif
    return 0;
}

// The terminal is given back on every way out: a signal (Ctrl-C outside raw mode, SIGTERM, SIGHUP)
// or a crash (SIGSEGV, SIGABRT, SIGILL, SIGTRAP, SIGBUS, SIGFPE). endwin() first, then the default action.
#include <signal.h>
#include <unistd.h>
static void px_restore_and_reraise(int sig) {
    endwin();
    signal(sig, SIG_DFL);
    raise(sig);
}
static inline void px_install_restore_handlers(void) {
    int signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGABRT, SIGILL, SIGTRAP, SIGBUS, SIGFPE };
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) signal(signals[i], px_restore_and_reraise);
}

#endif
