/* uklink: compile many per-dispatch LLVM modules with one instruction
 * selection per distinct code path.
 *
 * The pipeline is seven stages, each a function from the results before it
 * to its own; none changes what it is given (with isolate off, optimize and
 * codegen work on the modules themselves: see there):
 *
 *   uk_collect   input paths        -> parsed, verified, fingerprinted inputs
 *   uk_dedupe    inputs             -> a merge plan: classes of identical functions
 *   uk_link      inputs + plan      -> one LLVM module per target, with ukernels
 *   uk_generate  linked modules     -> the ukernel tiles they call that no library has
 *   uk_optimize  linked + tiles     -> optimized modules, deduplicated again (bitcode)
 *   uk_codegen   optimized modules  -> emitted outputs, in a temporary directory
 *   uk_write     outputs            -> files, written atomically: all, or none
 *
 * uk_run() runs them all. All state lives in a uk_context: options,
 * diagnostics, timers and statistics. The library never prints and never
 * exits; a stage that fails records diagnostics and returns NULL (or false),
 * and every later stage given NULL returns NULL at once. Two contexts may be
 * used at the same time on two threads.
 */
#ifndef UKLINK_H
#define UKLINK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum uk_emit_kind {
  UK_EMIT_SHARED, /* a shared object linked by lld (default) */
  UK_EMIT_OBJ,    /* a relocatable object file */
  UK_EMIT_BC,     /* LLVM bitcode of the optimized, deduplicated module */
  UK_EMIT_LL,     /* textual LLVM IR of the same */
  UK_EMIT_ASM,    /* target assembly */
} uk_emit_kind;

#ifndef UK_DEFAULT_PART_SIZE /* a build may set it: 1 cuts every module it can */
#define UK_DEFAULT_PART_SIZE 8000u
#endif

typedef struct uk_options {
  /* Input files (.bc, .ll), directories (searched recursively in sorted
   * order) and @response files (one path per line). */
  const char *const *inputs;
  size_t num_inputs;
  /* Target triples; inputs without a triple are built for each of them.
   * None: the host. */
  const char *const *targets;
  size_t num_targets;
  const char *cpu;      /* NULL: the host CPU for the host target, else generic */
  const char *features; /* NULL: the host's features for the host target */
  int opt_level;        /* 0..3 */
  uk_emit_kind emit;
  /* The output file; with several targets, a directory holding one output
   * per target. NULL: "a.out" (or the directory "." for several targets). */
  const char *output;
  /* One shared object per input module, in this directory (per target
   * subdirectories with several targets), instead of one combined output;
   * each distinct kernel is still compiled once. */
  const char *out_dir;
  const char *ukernels; /* a directory of <arch>.bc, or one .bc file; NULL: installed */
  unsigned jobs;        /* worker count; 0: all cores */
  /* A combined shared object is optimized and compiled in parts of about
   * this many IR instructions, on all workers, and linked by lld; the parts
   * depend on the inputs and this number only, never on jobs. 0: the
   * default, UK_DEFAULT_PART_SIZE. */
  unsigned part_size;
  bool no_dedupe;       /* the baseline: the same pipeline without merging */
  bool generate_all;    /* generate every ukernel tile, ignoring prebuilt tile bodies */
  bool time_trace;      /* record stage and worker events for uk_write_time_trace */
  /* Run every step in which LLVM can crash or hit a fatal error (parsing
   * untrusted inputs, optimization, code generation) in worker processes, so
   * that it becomes a diagnostic naming the input and the calling process
   * goes on. The calling process itself only re-reads bytes a worker already
   * parsed and verified, edits and links IR. uklink never installs an LLVM
   * fatal-error handler in the calling process (only in its workers), so a
   * host's own handler stays in place.
   * Without it (false), that work runs in the calling process (workers are
   * threads): faster to start, but IR that LLVM cannot compile can then end
   * the calling process, through LLVM's fatal-error handler (the host's, or
   * LLVM's default, which exits) or a crash. The caller accepts that risk. */
  bool isolate;
  /* Written by uk_write together with the outputs (all put in place, or
   * none): the JSON report (uk_write_report) and, with time_trace, the
   * Chrome trace (uk_write_time_trace). NULL: not written. */
  const char *report_path;
  const char *time_trace_path;
  /* The compiled-unit cache (README, "Cache"): a directory, and a Redis
   * server as "redis://HOST:PORT[/DB]"; NULL: that store is off. Outputs are
   * the same bytes with the cache off, cold or warm. The directory is kept
   * under cache_size bytes (0: UK_DEFAULT_CACHE_SIZE), the least recently
   * used entries going first. A store that cannot be used never fails the
   * run: one warning, and it is off until the run ends. Needs isolate. */
  const char *cache_dir;
  const char *cache_remote;
  unsigned long long cache_size;
} uk_options;

#define UK_DEFAULT_CACHE_SIZE (5ull << 30)

/* The defaults: O2, shared object, isolation on, all cores. */
void uk_options_init(uk_options *opts);

typedef struct uk_context uk_context;

uk_context *uk_context_create(const uk_options *opts);
void uk_context_destroy(uk_context *ctx);

/* Stage results; each is owned by the caller and freed with its function.
 * A result may be freed once the stages that take it have run. */
typedef struct uk_inputs uk_inputs;
typedef struct uk_plan uk_plan;
typedef struct uk_linked uk_linked;
typedef struct uk_tiles uk_tiles;
typedef struct uk_optimized uk_optimized;
typedef struct uk_outputs uk_outputs;

uk_inputs *uk_collect(uk_context *ctx);
uk_plan *uk_dedupe(uk_context *ctx, const uk_inputs *inputs);
uk_linked *uk_link(uk_context *ctx, const uk_inputs *inputs, const uk_plan *plan);
uk_tiles *uk_generate(uk_context *ctx, const uk_inputs *inputs, const uk_linked *linked);
/* With isolate off, uk_optimize takes the linked modules over (linked is
 * left without them: free it next). A copy would compile to other machine
 * code: LLVM does not copy a module's use-list order. */
uk_optimized *uk_optimize(uk_context *ctx, const uk_inputs *inputs, uk_linked *linked, const uk_tiles *tiles);
/* With isolate off, uk_codegen compiles the optimized modules themselves
 * (compiling changes a module): an optimized result is then compiled once. */
uk_outputs *uk_codegen(uk_context *ctx, const uk_inputs *inputs, uk_optimized *optimized);
bool uk_write(uk_context *ctx, const uk_outputs *outputs);
/* Optional, beside the pipeline: the ISel time of each target's compilation
 * of optimized, and of the same inputs without dedupe (report:
 * targets[i].isel_seconds...). Slow: it links again and compiles twice. */
bool uk_measure_isel(uk_context *ctx, const uk_inputs *inputs, const uk_optimized *optimized);

void uk_inputs_free(uk_inputs *inputs);
void uk_plan_free(uk_plan *plan);
void uk_linked_free(uk_linked *linked);
void uk_tiles_free(uk_tiles *tiles);
void uk_optimized_free(uk_optimized *optimized);
void uk_outputs_free(uk_outputs *outputs);

/* All the stages; false if any failed (see the diagnostics). */
bool uk_run(uk_context *ctx);

/* Diagnostics: one line each, "FILE: SYMBOL: message" where known. A
 * warning does not fail the run; uk_has_errors says whether anything did. */
size_t uk_diag_count(const uk_context *ctx);
const char *uk_diag_message(const uk_context *ctx, size_t i);
bool uk_diag_is_warning(const uk_context *ctx, size_t i);
bool uk_has_errors(const uk_context *ctx);

/* The report of the last run as JSON (see README), and a short human summary. */
void uk_write_report(const uk_context *ctx, FILE *out);
void uk_write_summary(const uk_context *ctx, FILE *out);

/* The recorded events as a Chrome trace (the format of clang's
 * -ftime-trace), for chrome://tracing or Perfetto. Needs opts.time_trace. */
void uk_write_time_trace(const uk_context *ctx, FILE *out);

/* The host as --cpu native builds for it, from CPUID: a line with the host's
 * triple, LLVM's name for its CPU and which of the features that choose
 * ukernel tiles it has and lacks; a line with every feature, as LLVM gets it
 * ("+x" where the host has x, else "-x"). */
void uk_write_host(const uk_context *ctx, FILE *out);
/* For a program that ends on SIGINT or SIGTERM: call from its handler to
 * kill the run's worker processes and remove its temporary files and the
 * output directories it made, so that an interrupted run leaves nothing
 * behind; then end the process. Async-signal-safe; the context may not be
 * used afterwards except by uk_context_destroy. (uk_write puts the outputs
 * in place with SIGINT, SIGTERM and SIGHUP blocked: a run is never
 * interrupted half-committed.) */
void uk_cleanup_after_signal(uk_context *ctx);

/* The cache directory opts.cache_dir: one line on out with its entries and
 * bytes (with verify, also how many fail their check), after removing the
 * least recently used entries until it holds at most limit bytes
 * (ULLONG_MAX: none removed). false with a diagnostic if it cannot be read. */
bool uk_cache_show(uk_context *ctx, unsigned long long limit, bool verify, FILE *out);
/* Whether url has the form opts.cache_remote takes, redis://HOST:PORT[/DB]:
 * a program can refuse a typo before the run (the run would refuse it too). */
bool uk_cache_remote_valid(const char *url);

const char *uk_version(void);

/* For a program that is uklink alone (the CLI): from now on an LLVM fatal
 * error in this process (possible only with isolate off) prints one line,
 * "uklink: error: LLVM: <reason>", and exits with status 1. A library user
 * who wants its own handler does not call this. */
void uk_exit_on_fatal_error(void);

#ifdef __cplusplus
}
#endif
#endif
