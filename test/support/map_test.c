/* uk-map-test: the parallel map (src/support/parallel.c) against what its
 * contract promises, whatever the mode and the number of workers:
 * - every item's result reaches take, in item order, with ok as run said;
 * - each item's diagnostics reach the context, with their severity, just
 *   before its take, so they come in item order;
 * - in processes, an item whose worker dies (a signal, abort, LLVM's fatal
 *   error) reaches died, exactly those items, with LLVM's reason where there
 *   is one, and every other item still runs;
 * - the map returns true only if every item ran and succeeded.
 * Each run is written down as a transcript of what the calling thread saw;
 * every transcript must equal the one computed here from the items alone.
 * Prints one line per check; exits 1 if any failed. */
#include "support/support.h"

#include <llvm-c/Analysis.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { N = 23 };

typedef struct items_cfg {
  bool crash;          /* some items end their worker */
  uk_buf transcript;   /* what the calling thread saw */
  size_t diags_seen;   /* the context's diagnostics already in the transcript */
  int wrong_thread;    /* callbacks not in the calling thread */
  pthread_t caller;
} items_cfg;

static bool warns(uint32_t i) { return i % 5 == 1; }
static bool fails(uint32_t i) { return i % 7 == 3; }
/* In processes: SIGSEGV, abort, LLVM's fatal error (item 21 is also one
 * that warns: its warning dies with it). */
static int death(uint32_t i) { return i == 4 ? 1 : i == 11 ? 2 : i == 21 ? 3 : 0; }

static void put(uk_buf *b, const char *s) { uk_buf_put(b, s, strlen(s)); }

/* Makes LLVM hit a fatal error: verifying a broken module, aborting. */
static void llvm_fatal_error(void) {
  if (!freopen("/dev/null", "w", stderr)) _exit(3); /* the verifier's report */
  LLVMContextRef c = LLVMContextCreate();
  LLVMModuleRef m = LLVMModuleCreateWithNameInContext("broken", c);
  LLVMValueRef f = LLVMAddFunction(m, "f", LLVMFunctionType(LLVMVoidTypeInContext(c), NULL, 0, 0));
  LLVMAppendBasicBlockInContext(c, f, "entry"); /* no terminator */
  LLVMVerifyModule(m, LLVMAbortProcessAction, NULL);
}

static bool run(uk_context *w, uint32_t i, uk_buf *out, void *arg) {
  items_cfg *cfg = arg;
  if (warns(i)) uk_warning(w, "item.c", NULL, "warning from item %u", i);
  if (cfg->crash && death(i)) {
    if (death(i) == 1) raise(SIGSEGV);
    if (death(i) == 2) abort();
    llvm_fatal_error();
  }
  char *s = uk_format("result %u = %u", i, i * i);
  put(out, s);
  free(s);
  if (fails(i)) {
    uk_error(w, "item.c", "sym", "error from item %u", i);
    uk_warning(w, NULL, NULL, "and a warning after it from item %u", i);
    return false;
  }
  return true;
}

/* The diagnostics that reached ctx since the last event, into the
 * transcript. */
static void new_diags(uk_context *ctx, items_cfg *cfg) {
  for (; cfg->diags_seen < uk_diag_count(ctx); cfg->diags_seen++) {
    char *s = uk_format("  %s: %s\n", uk_diag_is_warning(ctx, cfg->diags_seen) ? "warning" : "error",
                        uk_diag_message(ctx, cfg->diags_seen));
    put(&cfg->transcript, s);
    free(s);
  }
}

static void take(uk_context *ctx, uint32_t i, bool ok, uk_buf *result, void *arg) {
  items_cfg *cfg = arg;
  if (!pthread_equal(pthread_self(), cfg->caller)) cfg->wrong_thread++;
  new_diags(ctx, cfg);
  char *s = uk_format("take %u %s '%.*s'\n", i, ok ? "ok" : "failed", (int)result->len, (const char *)result->data);
  put(&cfg->transcript, s);
  free(s);
  if (i % 2) { /* take may steal the result */
    free(result->data);
    result->data = NULL;
  }
}

static void died(uk_context *ctx, uint32_t i, const char *why, void *arg) {
  items_cfg *cfg = arg;
  if (!pthread_equal(pthread_self(), cfg->caller)) cfg->wrong_thread++;
  new_diags(ctx, cfg);
  /* the signal's name depends on the sanitizer (ASan catches SIGSEGV and
   * exits); LLVM's reason does not */
  bool fatal = why && strcmp(why, "Broken module found, compilation aborted!") == 0;
  char *s = uk_format("died %u%s\n", i, death(i) == 3 ? (fatal ? " (LLVM's reason)" : " (reason lost)")
                                                        : why && *why ? "" : " (no why)");
  put(&cfg->transcript, s);
  free(s);
}

/* What every run must see. */
static char *expected(bool crash) {
  uk_buf b = {0};
  for (uint32_t i = 0; i < N; i++) {
    char *s;
    if (crash && death(i)) {
      s = uk_format("died %u%s\n", i, death(i) == 3 ? " (LLVM's reason)" : "");
    } else {
      uk_buf d = {0};
      if (warns(i)) {
        char *w = uk_format("  warning: item.c: warning from item %u\n", i);
        put(&d, w);
        free(w);
      }
      if (fails(i)) {
        char *e = uk_format("  error: item.c: 'sym': error from item %u\n  warning: and a warning after it from item %u\n",
                            i, i);
        put(&d, e);
        free(e);
      }
      uk_buf_u8(&d, 0);
      s = uk_format("%stake %u %s 'result %u = %u'\n", (char *)d.data, i, fails(i) ? "failed" : "ok", i, i * i);
      uk_buf_free(&d);
    }
    put(&b, s);
    free(s);
  }
  uk_buf_u8(&b, 0);
  return (char *)b.data;
}

static const char *mode_name(uk_map_mode m) {
  return m == UK_MAP_SERIAL ? "serial" : m == UK_MAP_THREADS ? "threads" : "processes";
}

static int failures;

static void check(uk_map_mode mode, uint32_t jobs, bool crash, bool all_succeed) {
  uk_options o;
  uk_options_init(&o);
  uk_context *ctx = uk_context_create(&o);
  items_cfg cfg = {.crash = crash, .caller = pthread_self()};
  uk_map m = {.name = "map test", .n = N, .jobs = jobs, .mode = mode, .run = run, .take = take, .died = died,
              .arg = &cfg};
  bool ok = uk_map_run(ctx, &m);
  new_diags(ctx, &cfg);
  uk_buf_u8(&cfg.transcript, 0);
  char *want = expected(crash);
  bool same = strcmp(want, (char *)cfg.transcript.data) == 0;
  bool pass = same && ok == all_succeed && !cfg.wrong_thread;
  printf("%s: %s -j%u%s: %s\n", pass ? "PASS" : "FAIL", mode_name(mode), jobs, crash ? " with deaths" : "",
         same ? "transcript as expected" : "transcript differs");
  if (!same) printf("--- expected\n%s--- got\n%s---\n", want, (char *)cfg.transcript.data);
  if (ok != all_succeed) printf("  uk_map_run returned %s\n", ok ? "true" : "false");
  failures += !pass;
  free(want);
  uk_buf_free(&cfg.transcript);
  uk_context_destroy(ctx);
}

/* Nothing fails: the map says so. */
static bool all_good(uk_context *w, uint32_t i, uk_buf *out, void *arg) {
  (void)w;
  (void)arg;
  uk_buf_u8(out, (uint8_t)i);
  return true;
}

static void count_taken(uk_context *ctx, uint32_t i, bool ok, uk_buf *result, void *arg) {
  (void)ctx;
  uint32_t *taken = arg;
  if (ok && result->len == 1 && result->data[0] == (uint8_t)i && *taken == i) (*taken)++;
}

static void check_all_good(uk_map_mode mode) {
  uk_options o;
  uk_options_init(&o);
  uk_context *ctx = uk_context_create(&o);
  uint32_t taken = 0;
  uk_map m = {.n = 200, .jobs = 3, .mode = mode, .run = all_good, .take = count_taken, .arg = &taken};
  bool ok = uk_map_run(ctx, &m);
  bool pass = ok && taken == 200 && uk_diag_count(ctx) == 0;
  printf("%s: %s, 200 good items: %s, %u taken in order\n", pass ? "PASS" : "FAIL", mode_name(mode),
         ok ? "true" : "false", taken);
  failures += !pass;
  uk_context_destroy(ctx);
}

int main(void) {
  static const uint32_t jobs[] = {1, 2, 5};
  for (int mode = UK_MAP_SERIAL; mode <= UK_MAP_PROCESSES; mode++) {
    for (size_t j = 0; j < sizeof jobs / sizeof *jobs; j++) check((uk_map_mode)mode, jobs[j], false, false);
    check_all_good((uk_map_mode)mode);
  }
  for (size_t j = 0; j < sizeof jobs / sizeof *jobs; j++) check(UK_MAP_PROCESSES, jobs[j], true, false);
  return failures ? 1 : 0;
}
