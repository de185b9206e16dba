/* uklink: the command-line driver. It parses options, runs the stages
 * and decides what to print and the exit status; the library does neither. */
#define _POSIX_C_SOURCE 200809L /* sigaction */
#include "uklink.h"

#include <errno.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage[] =
    "OVERVIEW: uklink - compile many per-dispatch LLVM modules, one instruction selection per distinct kernel\n"
    "\n"
    "USAGE: uklink [options] <inputs...>\n"
    "\n"
    "Inputs are .bc and .ll files, directories (searched recursively for both) and\n"
    "@FILE response files (one path per line).\n"
    "\n"
    "OPTIONS:\n"
    "  -o <path>            Output file; with several targets, a directory (default: a.out)\n"
    "  --emit=<kind>        shared (default, linked by lld), obj, bc, ll or asm\n"
    "  --out-dir <dir>      One shared object per input (<dir>/<input name>.so) instead of one\n"
    "                       combined output; each distinct kernel is still compiled once\n"
    "  --target <triple>    Build inputs without a triple for this target (repeatable; default: the host)\n"
    "  --cpu <name>         Target CPU (default: the host CPU for the host target, else generic)\n"
    "  --features <list>    Target features, e.g. +avx2,+fma (default: the host's for the host target)\n"
    "  -O0 -O1 -O2 -O3      Optimization level (default: -O2)\n"
    "  -j <n>, --jobs=<n>   Parallel workers (default: all cores)\n"
    "  --part-size=<n>      Optimize and compile a combined shared object in parts of about n IR\n"
    "                       instructions, in parallel (default: 8000; the output depends on n, not -j)\n"
    "  --ukernels <path>    Ukernel bitcode: a directory of <arch>.bc or one file (default: installed)\n"
    "  --no-dedupe          Run the same pipeline without merging (the baseline)\n"
    "  --generate-all       Generate every ukernel tile, ignoring the prebuilt tile bodies\n"
    "  --no-isolate         Parse inputs in threads instead of worker processes (trusted inputs only:\n"
    "                       a crash of LLVM's reader then ends uklink)\n"
    "  --report <file>      Write a JSON report ('-' for standard output)\n"
    "  --time-trace <file>  Write a Chrome trace of the stages and workers (chrome://tracing, Perfetto)\n"
    "  --cache <dir>        Keep compiled units in <dir> and reuse them (default: $UKLINK_CACHE; the\n"
    "                       outputs are the same bytes with the cache off, cold or warm)\n"
    "  --cache-remote <url> Share them through Redis at redis://HOST:PORT[/DB] (default:\n"
    "                       $UKLINK_CACHE_REMOTE); a store that fails is a warning, never an error\n"
    "  --cache-size <n>     Keep the cache directory under n bytes, K, M or G (default:\n"
    "                       $UKLINK_CACHE_SIZE, else 5G), removing the least recently used first\n"
    "  --no-cache           Use no cache, whatever the environment says\n"
    "  --cache-show         Print the cache directory's entries and bytes, checking every entry\n"
    "  --cache-prune        Remove the least recently used entries down to --cache-size\n"
    "  --measure-isel       Also time instruction selection with and without dedupe (slower: each\n"
    "                       measurement compiles again in a child process with LLVM's pass timers)\n"
    "  -v                   Print a summary of what was merged and where the time went\n"
    "  --print-host         Print the host's CPU and which ukernel features it has (CPUID): what\n"
    "                       --cpu native builds for\n"
    "  --version            Print the version\n"
    "  -h, --help           Print this help\n";

typedef struct cli {
  uk_options opts;
  const char **inputs, **targets;
  size_t num_inputs, num_targets;
  const char *report, *time_trace;
  bool verbose, measure_isel, print_host;
  bool no_cache, cache_show, cache_prune;
} cli;

static void push(const char ***list, size_t *n, const char *v) {
  *list = realloc(*list, (*n + 1) * sizeof **list);
  if (!*list) {
    fputs("uklink: error: out of memory\n", stderr);
    exit(1);
  }
  (*list)[(*n)++] = v;
}

static int bad_usage(const char *fmt, const char *arg) {
  fputs("uklink: error: ", stderr);
  fprintf(stderr, fmt, arg);
  fputs(" (see uklink --help)\n", stderr);
  return 1;
}

/* "--name=value" or "--name value"; NULL if arg is not --name. */
static const char *option_value(int argc, char **argv, int *i, const char *name, bool *missing) {
  size_t n = strlen(name);
  const char *arg = argv[*i];
  if (strncmp(arg, name, n) != 0) return NULL;
  if (arg[n] == '=') return arg + n + 1;
  if (arg[n] != 0) return NULL;
  if (*i + 1 >= argc) {
    *missing = true;
    return NULL;
  }
  return argv[++*i];
}

/* A whole number from 1 to max. */
static bool parse_count(const char *s, long max, unsigned *out) {
  char *end;
  errno = 0;
  long v = strtol(s, &end, 10);
  if (errno || *end || v < 1 || v > max) return false;
  *out = (unsigned)v;
  return true;
}

static bool parse_jobs(const char *s, unsigned *out) { return parse_count(s, 4096, out); }

/* A size in bytes: digits, then K, M or G (powers of 1024). */
static bool parse_size(const char *s, unsigned long long *out) {
  char *end;
  errno = 0;
  unsigned long long v = strtoull(s, &end, 10);
  if (errno || end == s || *s == '-') return false;
  int shift = *end == 'K' || *end == 'k' ? 10 : *end == 'M' || *end == 'm' ? 20 : *end == 'G' || *end == 'g' ? 30 : 0;
  if (shift) end++;
  if (*end || v > (~0ull >> shift)) return false;
  *out = v << shift;
  return true;
}

/* Returns -1 to go on, or an exit status. */
static int parse_args(int argc, char **argv, cli *c) {
  uk_options_init(&c->opts);
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    const char *v;
    bool missing = false;
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      fputs(usage, stdout);
      return 0;
    } else if (!strcmp(a, "--version")) {
      printf("uklink version %s (LLVM 22)\n", uk_version());
      return 0;
    } else if (!strcmp(a, "-v") || !strcmp(a, "--verbose")) {
      c->verbose = true;
    } else if (!strcmp(a, "--no-dedupe")) {
      c->opts.no_dedupe = true;
    } else if (!strcmp(a, "--print-host")) {
      c->print_host = true;
    } else if (!strcmp(a, "--measure-isel")) {
      c->measure_isel = true;
    } else if (!strcmp(a, "--generate-all")) {
      c->opts.generate_all = true;
    } else if (!strcmp(a, "--no-cache")) {
      c->no_cache = true;
    } else if (!strcmp(a, "--cache-show")) {
      c->cache_show = true;
    } else if (!strcmp(a, "--cache-prune")) {
      c->cache_prune = true;
    } else if ((v = option_value(argc, argv, &i, "--cache-remote", &missing))) {
      c->opts.cache_remote = v;
    } else if ((v = option_value(argc, argv, &i, "--cache-size", &missing))) {
      if (!parse_size(v, &c->opts.cache_size) || !c->opts.cache_size) return bad_usage("bad cache size '%s'", v);
    } else if ((v = option_value(argc, argv, &i, "--cache", &missing))) {
      c->opts.cache_dir = v;
    } else if (!strcmp(a, "--no-isolate")) {
      c->opts.isolate = false;
    } else if (a[0] == '-' && a[1] == 'O' && a[2] >= '0' && a[2] <= '3' && !a[3]) {
      c->opts.opt_level = a[2] - '0';
    } else if (!strcmp(a, "-o")) {
      if (++i >= argc) return bad_usage("%s needs a value", a);
      c->opts.output = argv[i];
    } else if (!strncmp(a, "-j", 2) && strncmp(a, "--", 2)) {
      const char *n = a[2] ? a + 2 : (++i < argc ? argv[i] : NULL);
      if (!n || !parse_jobs(n, &c->opts.jobs)) return bad_usage("bad job count in '%s'", a);
    } else if ((v = option_value(argc, argv, &i, "--jobs", &missing))) {
      if (!parse_jobs(v, &c->opts.jobs)) return bad_usage("bad job count '%s'", v);
    } else if ((v = option_value(argc, argv, &i, "--part-size", &missing))) {
      if (!parse_count(v, 1L << 30, &c->opts.part_size)) return bad_usage("bad part size '%s'", v);
    } else if ((v = option_value(argc, argv, &i, "--target", &missing))) {
      push(&c->targets, &c->num_targets, v);
    } else if ((v = option_value(argc, argv, &i, "--cpu", &missing))) {
      c->opts.cpu = v;
    } else if ((v = option_value(argc, argv, &i, "--features", &missing))) {
      c->opts.features = v;
    } else if ((v = option_value(argc, argv, &i, "--out-dir", &missing))) {
      c->opts.out_dir = v;
    } else if ((v = option_value(argc, argv, &i, "--ukernels", &missing))) {
      c->opts.ukernels = v;
    } else if ((v = option_value(argc, argv, &i, "--report", &missing))) {
      c->report = v;
    } else if ((v = option_value(argc, argv, &i, "--time-trace", &missing))) {
      c->time_trace = v;
      c->opts.time_trace = true;
    } else if ((v = option_value(argc, argv, &i, "--emit", &missing))) {
      static const char *const kinds[] = {"shared", "obj", "bc", "ll", "asm"};
      int k = 0;
      while (k < 5 && strcmp(v, kinds[k])) k++;
      if (k == 5) return bad_usage("unknown --emit kind '%s'", v);
      c->opts.emit = (uk_emit_kind)k;
    } else if (missing) {
      return bad_usage("%s needs a value", a);
    } else if (a[0] == '-' && a[1]) {
      return bad_usage("unknown option '%s'", a);
    } else {
      push(&c->inputs, &c->num_inputs, a);
    }
  }
  const char *env;
  if (!c->opts.cache_dir && (env = getenv("UKLINK_CACHE")) && *env) c->opts.cache_dir = env;
  if (!c->opts.cache_remote && (env = getenv("UKLINK_CACHE_REMOTE")) && *env) c->opts.cache_remote = env;
  if (c->no_cache) c->opts.cache_dir = c->opts.cache_remote = NULL;
  if (c->opts.cache_dir && !c->opts.cache_size && (env = getenv("UKLINK_CACHE_SIZE")) && *env &&
      (!parse_size(env, &c->opts.cache_size) || !c->opts.cache_size))
    return bad_usage("bad cache size '%s' in UKLINK_CACHE_SIZE", env);
  if (c->opts.cache_remote && !uk_cache_remote_valid(c->opts.cache_remote))
    return bad_usage("bad --cache-remote '%s': expected redis://HOST:PORT[/DB]", c->opts.cache_remote);
  if ((c->cache_show || c->cache_prune) && !c->opts.cache_dir)
    return bad_usage("%s", "--cache-show and --cache-prune need --cache DIR (or UKLINK_CACHE)");
  if (!c->num_inputs && !c->print_host && !c->cache_show && !c->cache_prune)
    return bad_usage("%s", "no input files");
  c->opts.inputs = c->inputs;
  c->opts.num_inputs = c->num_inputs;
  c->opts.targets = c->targets;
  c->opts.num_targets = c->num_targets;
  return -1;
}

/* An interrupted run leaves nothing behind: the library kills its workers and
 * removes its temporary files, then the signal ends the process as it would
 * have (status 128 + signal). */
static uk_context *volatile running;

/* From the moment the outputs start going into place, a signal no longer ends
 * the run: it is held (kept in `deferred`), and only a run whose write fails
 * then ends by it. One that arrives during or after a write that succeeded
 * finds the run complete, and the process exits 0 with its outputs: a status
 * other than 0 always means nothing was put in place. One state word, changed
 * only by compare-and-swap, and not a signal mask: a mask is per thread, and
 * the thread a signal is delivered to may be one of lld's (in-process with
 * --no-isolate). Each side stores what it knows before it reads the other's
 * (the signal, then the state; the state, then the signal), so a signal is
 * either acted on or held, never lost. */
enum { RUNNING, HELD, ENDING };
static _Atomic int state = RUNNING;
static _Atomic int deferred;

/* async-signal-safe: from a handler, and from hold/release */
static void end_by_signal(int sig) {
  if (running) uk_cleanup_after_signal(running);
  signal(sig, SIG_DFL);
  raise(sig); /* at once from main; from a handler, when it returns */
}

static void on_signal(int sig) {
  atomic_store(&deferred, sig);
  int was = RUNNING;
  if (atomic_compare_exchange_strong(&state, &was, ENDING)) end_by_signal(sig);
  /* else held: the run acts on it if its write fails, or completes */
}

/* Signals held from here on; if one is already ending the run, wait for it. */
static void hold_signals(void) {
  int was = RUNNING;
  if (!atomic_compare_exchange_strong(&state, &was, HELD))
    for (;;) pause();
}

/* The write failed: a signal held meanwhile ends the run now. */
static void release_signals(void) {
  atomic_store(&state, RUNNING);
  int sig = atomic_load(&deferred);
  if (!sig) return;
  int was = RUNNING;
  if (atomic_compare_exchange_strong(&state, &was, ENDING)) end_by_signal(sig);
  for (;;) pause(); /* a handler is ending the run */
}

static void handle_signals(uk_context *ctx) {
  running = ctx;
  struct sigaction sa = {0};
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  sigaddset(&sa.sa_mask, SIGINT);
  sigaddset(&sa.sa_mask, SIGTERM);
  sigaddset(&sa.sa_mask, SIGHUP);
  const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
  for (int i = 0; i < 3; i++) {
    struct sigaction old;
    /* a signal the shell ignores (nohup, a background job) stays ignored */
    if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN) continue;
    sigaction(sigs[i], &sa, NULL);
  }
}

int main(int argc, char **argv) {
  cli c = {0};
  int status = parse_args(argc, argv, &c);
  if (status >= 0) {
    /* --help, --version or a usage error: what parsing collected is freed
     * here too, or a leak check (the ASan build) turns status 1 into 86 */
    free(c.inputs);
    free(c.targets);
    return status;
  }

  uk_exit_on_fatal_error(); /* this process is uklink's alone */
  /* Files are written by uk_write with the outputs, all in place or none;
   * "-" (standard output) is written here once the run succeeded. */
  if (c.report && strcmp(c.report, "-")) c.opts.report_path = c.report;
  if (c.time_trace && strcmp(c.time_trace, "-")) c.opts.time_trace_path = c.time_trace;
  uk_context *ctx = uk_context_create(&c.opts);
  if (c.cache_show || c.cache_prune) {
    unsigned long long limit = !c.cache_prune ? ~0ull : c.opts.cache_size ? c.opts.cache_size : UK_DEFAULT_CACHE_SIZE;
    bool ok = uk_cache_show(ctx, limit, c.cache_show, stdout);
    for (size_t i = 0; i < uk_diag_count(ctx); i++) fprintf(stderr, "uklink: error: %s\n", uk_diag_message(ctx, i));
    uk_context_destroy(ctx);
    free(c.inputs);
    free(c.targets);
    return ok ? 0 : 1;
  }
  if (c.print_host) {
    uk_write_host(ctx, stdout);
    uk_context_destroy(ctx);
    free(c.inputs);
    free(c.targets);
    return 0;
  }
  handle_signals(ctx);
  /* Every input parsed, verified (crash-isolated) and fingerprinted. */
  uk_inputs *inputs = uk_collect(ctx);
  /* Classes of identical functions known; no symbol defined twice. */
  uk_plan *plan = uk_dedupe(ctx, inputs);
  /* One module per target: one body per class, prebuilt ukernels linked in. */
  uk_linked *linked = uk_link(ctx, inputs, plan);
  /* Every ukernel tile the modules call and no library has, generated. */
  uk_tiles *tiles = uk_generate(ctx, inputs, linked);
  /* Optimized, merged again: what instruction selection will see. */
  uk_optimized *optimized = uk_optimize(ctx, inputs, linked, tiles);
  uk_tiles_free(tiles);
  uk_linked_free(linked);
  /* --measure-isel: ISel timed with and without dedupe, in child processes. */
  if (c.measure_isel && optimized && !uk_measure_isel(ctx, inputs, optimized))
    optimized = (uk_optimized_free(optimized), NULL);
  /* Emitted into a temporary directory; no output path touched yet. */
  uk_outputs *outputs = uk_codegen(ctx, inputs, optimized);
  /* All outputs (and the report and trace) put in place, or none. */
  hold_signals();
  bool ok = uk_write(ctx, outputs);
  if (ok) signal(SIGPIPE, SIG_IGN); /* the outputs are in place: a reader of stderr or of "-" that went away ends nothing */
  else release_signals();

  uk_outputs_free(outputs);
  uk_optimized_free(optimized);
  uk_plan_free(plan);
  uk_inputs_free(inputs);

  for (size_t i = 0; i < uk_diag_count(ctx); i++)
    fprintf(stderr, "uklink: %s: %s\n", uk_diag_is_warning(ctx, i) ? "warning" : "error", uk_diag_message(ctx, i));
  ok = ok && !uk_has_errors(ctx);
  if (ok && c.report && !strcmp(c.report, "-")) uk_write_report(ctx, stdout);
  if (ok && c.time_trace && !strcmp(c.time_trace, "-")) uk_write_time_trace(ctx, stdout);
  if (ok && c.verbose) uk_write_summary(ctx, stderr);
  running = NULL;
  uk_context_destroy(ctx);
  free(c.inputs);
  free(c.targets);
  return ok ? 0 : 1;
}
