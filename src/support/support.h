/* support: what every stage uses and no stage owns: byte buffers and files,
 * the context (diagnostics, statistics, the trace), the one parallel map and
 * the worker processes under it, a hash table, LLVM call wrappers and the
 * back end as calls that return their error, feature lists, and the host's
 * CPU. Nothing here knows a stage. */
#ifndef UKLINK_SUPPORT_H
#define UKLINK_SUPPORT_H

#include "uklink.h"

#include <llvm-c/Core.h>
#include <llvm-c/TargetMachine.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <sys/types.h>

#define UK_HASH_LEN 32

/* What a code-generating context's handler keeps: the first error, and
 * LLVM's warnings (a stack frame over "warn-stack-size", ...), which uklink
 * passes on as warnings, as llc prints them. first_error comes first. */
typedef struct uk_llvm_diags {
  char *first_error;
  char **warnings;
  uint32_t num_warnings;
} uk_llvm_diags;

/* A growable byte buffer. */
typedef struct uk_buf {
  uint8_t *data;
  size_t len, cap;
} uk_buf;

/* The host as --cpu native sees it (cpu.c): LLVM's name for its CPU, and
 * every feature LLVM knows, "+name" where CPUID reports it, else "-name". */
typedef struct uk_host_cpu {
  char *triple;
  char *name;
  char *features;
} uk_host_cpu;

/* Statistics of one target, for the report. */
typedef struct uk_target_stats {
  char *triple;
  uint32_t functions, distinct, merged, unmergeable;
  uint32_t merged_after_opt;
  uint32_t functions_compiled;
  uint32_t parts; /* modules codegen compiled for the target's output(s) */
  uint32_t ukernel_calls_specialized;
  uint32_t ukernels_generated;
  uint32_t eligible, exact_classes, constant_classes; /* the duplicates analysis */
  uint32_t merged_with_params;             /* of merged: near-duplicates, into kernels with parameters */
  bool isel_measured;                      /* --measure-isel */
  double isel_seconds, isel_seconds_without_dedupe;
  double codegen_seconds_measured, codegen_seconds_without_dedupe;
  uint64_t ir_instructions_before, ir_instructions_linked, ir_instructions_compiled;
  double codegen_seconds;
} uk_target_stats;

typedef enum uk_stage {
  UK_STAGE_COLLECT, UK_STAGE_DEDUPE, UK_STAGE_LINK, UK_STAGE_GENERATE, UK_STAGE_OPTIMIZE,
  UK_STAGE_DEDUPE_OPT, UK_STAGE_CODEGEN, UK_STAGE_WRITE, UK_NUM_STAGES
} uk_stage;

typedef struct uk_reason_count {
  char *reason;
  uint32_t count;
} uk_reason_count;

/* A merged group, for the report: the canonical symbol and the members. */
typedef struct uk_group_report {
  char *triple;
  char *canonical;
  char **members;     /* "path:symbol" */
  uint32_t num_members;
  uint32_t num_params;  /* near-duplicates: the kernel's extra parameters */
  bool after_opt;
} uk_group_report;

/* The compiled-unit cache (cache/), for the report: per store, and per
 * unit what its key was made of and what the cache did with it. */
typedef struct uk_store_stats {
  uint64_t hits, misses, damaged, bytes_read, bytes_written, writes;
  bool used, failed;
} uk_store_stats;
typedef struct uk_cache_unit {
  char *unit; /* what it holds: its largest function, or a shell's input */
  char *triple, *cpu, *features;
  int opt_level;
  const char *emit, *role;
  char key[65], ir[65]; /* hex: the key, and the hash of the unit's optimized IR */
  const char *result;        /* "local hit", "remote hit", "miss" */
} uk_cache_unit;
typedef struct uk_cache_stats {
  uk_store_stats local, remote;
  double seconds_saved; /* the hits' recorded compile time, less the time spent fetching */
  double seconds;       /* time spent in the cache: keys, reads, writes, pruning */
  uk_cache_unit *units;
  uint32_t num_units;
  char code[65]; /* hex: the build ids of uklink and LLVM, in every key */
} uk_cache_stats;

/* A time-trace event: a span of one stage or worker. */
typedef struct uk_trace_event {
  char *name;
  double start, end; /* uk_now() */
  uint32_t tid;      /* 0: the main process; workers from 1 */
} uk_trace_event;

struct uk_context {
  uk_options opts;            /* deep copy */
  uk_host_cpu host;           /* detected when the context is made (a test may simulate another) */
  char **diags;
  bool *diag_warning; /* per diagnostic: a warning, not an error */
  size_t num_diags;
  bool errors;
  double stage_seconds[UK_NUM_STAGES];
  /* CPU seconds per stage, user and system, of this process and of the
   * workers it reaped meanwhile (optimize's counts its second round of
   * dedupe too) */
  double stage_cpu_seconds[UK_NUM_STAGES];
  uint32_t num_inputs;
  uk_target_stats *tstats;
  uint32_t num_tstats;
  uk_reason_count *reasons;
  uint32_t num_reasons;
  uk_reason_count *near_reasons; /* why near-duplicates were not merged, in functions */
  uint32_t num_near_reasons;
  uk_group_report *groups;
  uint32_t num_groups;
  double created_at;
  double total_seconds;
  uk_trace_event *trace;
  uint32_t num_trace;
  uk_cache_stats cache;
  /* The outputs being built (their temporary directory exists), for
   * uk_cleanup_after_signal; NULL otherwise. */
  _Atomic(uk_outputs *) live_outputs;
};

/* ---- buf.c ----------------------------------------------------------- */
void uk_buf_reserve(uk_buf *b, size_t extra);
void uk_buf_put(uk_buf *b, const void *data, size_t len);
void uk_buf_u8(uk_buf *b, uint8_t v);
void uk_buf_uv(uk_buf *b, uint64_t v);           /* unsigned LEB128 */
void uk_buf_str(uk_buf *b, const char *s, size_t len); /* length-prefixed */
void uk_buf_free(uk_buf *b);
void *uk_xmalloc(size_t n);
void *uk_xcalloc(size_t n, size_t size);
void *uk_xrealloc(void *p, size_t n);
char *uk_xstrdup(const char *s);
char *uk_xstrndup(const char *s, size_t n);
char *uk_format(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
double uk_now(void);
/* CPU seconds this process and its reaped children have used (user and
 * system): a stage's is the difference across it. */
double uk_cpu_now(void);
/* The first line of an LLVM message, without the "file:line:col: error: " noise kept. */
char *uk_first_line(const char *msg);
/* A bounds-checked reader for buffers built with uk_buf_*. */
typedef struct uk_reader {
  const uint8_t *p, *end;
  bool bad;
} uk_reader;
uint8_t uk_read_u8(uk_reader *r);
uint64_t uk_read_uv(uk_reader *r);
const uint8_t *uk_read_bytes(uk_reader *r, size_t len);
const char *uk_read_str(uk_reader *r, size_t *len);

/* ---- process.c ------------------------------------------------------- */
bool uk_write_all(int fd, const void *data, size_t len);
/* Forks n workers; worker w runs fn(w, fd, arg), writing its results to fd,
 * and exits with what fn returns. Fills pids and the read ends in fds;
 * returns how many started (fewer after a diagnostic). */
typedef int (*uk_worker_fn)(uint32_t w, int fd, void *arg);
uint32_t uk_start_workers(uk_context *ctx, uint32_t n, uk_worker_fn fn, void *arg, pid_t *pids, int *fds);
/* waitpid, through EINTR; the wait status. What LLVM said if the child
 * ended in a fatal error is then uk_last_fatal_reason(). */
int uk_wait(pid_t pid);
/* Kills and reaps every worker not yet waited for (async-signal-safe). */
void uk_kill_workers(void);
/* Writing to a pipe, a FIFO or a socket whose reader is gone raises SIGPIPE,
 * which ends the process; between on and off it is blocked in this thread,
 * and one that a write raised is taken before unblocking: the write fails
 * with EPIPE instead, an error like any other. */
typedef struct uk_pipe_guard {
  sigset_t old;
  bool was_pending;
} uk_pipe_guard;
void uk_pipe_guard_on(uk_pipe_guard *g);
void uk_pipe_guard_off(uk_pipe_guard *g);

/* ---- context.c ------------------------------------------------------- */
/* Records "FILE: SYMBOL: message" (file and symbol may be NULL). */
void uk_error(uk_context *ctx, const char *file, const char *symbol, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* A diagnostic that does not fail the run. */
void uk_warning(uk_context *ctx, const char *file, const char *symbol, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Diagnostics across a process boundary: those from index `from` on, each
 * line with its severity, appended to b; uk_take_diags records them again. */
void uk_put_diags(uk_buf *b, const uk_context *ctx, size_t from);
void uk_take_diags(uk_context *ctx, uk_reader *r);
/* A context of a worker's or an instrument's own (a struct copied from the
 * run's: opts and host stay the run's): frees what it recorded. */
void uk_context_clear(uk_context *ctx);
/* from's diagnostics appended to to's, with their severity; from keeps none. */
void uk_move_diags(uk_context *to, uk_context *from);
void uk_count_reason(uk_context *ctx, const char *reason);
/* n more near-duplicates not merged for reason (a static string). */
void uk_count_near_reason(uk_context *ctx, const char *reason, uint32_t n);
uk_target_stats *uk_stats_for(uk_context *ctx, const char *triple);
void uk_add_group(uk_context *ctx, uk_group_report group);
/* Records a span for --time-trace (nothing unless opts.time_trace). */
void uk_trace(uk_context *ctx, const char *name, double start, double end, uint32_t tid);
unsigned uk_jobs(const uk_context *ctx);

/* ---- fatal.c ---------------------------------------------------- */
/* LLVM's fatal errors, which end the process they happen in: uklink handles
 * them only in its workers, and passes their reason to the parent. */
/* The page where workers leave their fatal errors' reasons: mapped once,
 * before any worker starts (uk_llvm_init does it). */
void uk_fatal_init(void);
/* In a worker, right after fork: LLVM's fatal errors end it, with the reason
 * recorded for its parent. */
void uk_llvm_child_init(void);
/* In the parent, after reaping pid: keeps its fatal error's reason, if any,
 * for uk_last_fatal_reason (this thread's last reaped child). */
void uk_take_fatal_reason(pid_t pid);
const char *uk_last_fatal_reason(void);

/* ---- llvm.c ----------------------------------------------------- */
/* Once per process, before any worker starts: targets, and the fatal-error
 * page. Installs no fatal-error handler in this process: that is the host
 * program's. */
void uk_llvm_init(void);
/* The first error LLVM reported through the diagnostic handler of c (made by
 * uk_llvm_context with somewhere to keep it) since the last call, or NULL;
 * malloc'd, and forgotten by c. */
char *uk_take_llvm_error(LLVMContextRef c);
/* Metadata kinds from this id on are custom: numbered per context. */
unsigned uk_first_custom_md_kind(void);
/* A context whose diagnostic handler keeps the first error message. */
LLVMContextRef uk_llvm_context(char **first_error);
/* An LLVM context (with warnings kept) that several results share: the
 * linked modules, and in-process the optimized ones made from them. The
 * last release disposes of it. */
typedef struct uk_llvm_ctx {
  LLVMContextRef c;
  uk_llvm_diags diags;
  atomic_uint refs;
} uk_llvm_ctx;
uk_llvm_ctx *uk_llvm_ctx_new(void);
/* From now on this process's bitcode keeps LLVM's use-list order. An LLVM
 * option, global to the process: for uklink's worker processes only, never
 * a host program's. */
void uk_llvm_keep_use_list_order(void);
/* Bitcode without it again, where uk_llvm_keep_use_list_order asked for it:
 * what is written then depends on a module's contents alone. */
void uk_llvm_drop_use_list_order(void);
/* The same for textual IR (LLVMPrintModuleToString): uselistorder directives. */
void uk_llvm_keep_use_list_order_in_text(void);
uk_llvm_ctx *uk_llvm_ctx_retain(uk_llvm_ctx *x);
void uk_llvm_ctx_release(uk_llvm_ctx *x);
/* The warnings kept since the last call (malloc'd, each and the array), or NULL. */
char **uk_take_llvm_warnings(LLVMContextRef c, uint32_t *n);
/* Does file start with a bitcode magic number (else it is read as text)? */
bool uk_is_bitcode(const uk_buf *file);
/* Parse .ll or .bc from memory (the buffer is not consumed); text must have
 * a NUL after its bytes, as uk_read_file leaves it. */
LLVMModuleRef uk_parse(LLVMContextRef llctx, const uk_buf *file, const char *name, char **error);
/* The same for bytes with nothing after them (a worker's result): bitcode
 * parsed where it is, text copied once to add the NUL. */
LLVMModuleRef uk_parse_bytes(LLVMContextRef llctx, const uk_buf *bytes, const char *name, char **error);
char *uk_host_triple(void);
/* "x86_64" from a triple, or NULL. */
char *uk_triple_arch(const char *triple);
/* A triple with no operating system (x86_64-unknown-unknown-eabi-elf, as
 * IREE's embedded ELF executables use, or ...-none-...): its shared objects
 * are loaded by a loader of the program's own, not by a libc. */
bool uk_triple_is_freestanding(const char *triple);
bool uk_is_local_linkage(LLVMLinkage l);
/* repl takes over fn's uses and then its name (a copy of `name`, which may
 * be fn's own); fn is deleted unless it is `keep`. */
void uk_replace_function(LLVMValueRef fn, LLVMValueRef repl, LLVMValueRef keep, const char *name);
/* A value's name (malloc'd). */
char *uk_name_of(LLVMValueRef v);
/* Replaces the function fn by a new declaration with the same name and type. */
LLVMValueRef uk_make_declaration(LLVMModuleRef m, LLVMValueRef fn);
/* Copies from's function, return and parameter attributes onto to (for
 * each of from's parameters; to may have more). */
void uk_copy_attributes(LLVMValueRef from, LLVMValueRef to);
uint64_t uk_count_instructions(LLVMValueRef fn);
/* Does call call a function whose name starts with prefix ("llvm.fmuladd.")? */
bool uk_calls_named(LLVMValueRef call, const char *prefix);
/* fadd, fsub, fmul, fdiv, frem, fneg: the float arithmetic whose `contract`
 * optimize settles (and so the fingerprint does not count against merging). */
bool uk_is_float_arithmetic(LLVMOpcode op);
/* The functions of m, in order: a list that stays valid while they are
 * replaced or deleted one by one (malloc'd). */
LLVMValueRef *uk_functions(LLVMModuleRef m, uint32_t *n);

/* ---- cpu.c ----------------------------------------------------------- */
void uk_host_cpu_detect(uk_host_cpu *h);
void uk_host_cpu_free(uk_host_cpu *h);
/* The triple names the host's architecture, OS and environment (any vendor):
 * code for it runs here. */
bool uk_triple_is_host(const char *triple, const char *host);

/* ---- features.c ---------------------------------------------------- */
/* One entry of a comma-separated LLVM feature list ("+a,-b"): its sign ('+',
 * '-', or 0 for an entry with neither) and the name after it. */
typedef struct uk_feature {
  char sign;
  const char *name; /* not NUL-terminated: len bytes */
  size_t len;
} uk_feature;
/* The entry at *p (NULL or "" is an empty list; empty entries are skipped),
 * and *p moved past it; false at the end of the list. */
bool uk_next_feature(const char **p, uk_feature *f);
/* +1 if the list's last entry for name is "+name", -1 if it is "-name", 0 if
 * it has none. */
int uk_feature_state(const char *list, const char *name);
/* The features lists leave enabled: names malloc'd, in the order added. */
typedef struct uk_feature_set {
  char **names;
  uint32_t n;
} uk_feature_set;
bool uk_feature_set_has(const uk_feature_set *s, const char *name, size_t len);
void uk_feature_set_add(uk_feature_set *s, const char *name, size_t len);
/* Applies list: "+x" adds x, "-x" removes it (the last entry for x decides). */
void uk_feature_set_apply(uk_feature_set *s, const char *list);
void uk_feature_set_free(uk_feature_set *s);
/* Every "+x" of list is in target and, where caller is not NULL, in caller;
 * *count: how many "+x" entries list has (when it returns true). */
bool uk_features_within(const char *list, const uk_feature_set *target, const uk_feature_set *caller,
                        uint32_t *count);

/* ---- files.c --------------------------------------------------------- */
/* A regular file's bytes (a NUL after them, not counted); false with a
 * diagnostic naming path. */
bool uk_read_file(uk_context *ctx, const char *path, uk_buf *out);
/* The same without a context: NULL, or the error (malloc'd). */
char *uk_read_file_raw(const char *path, uk_buf *out);
/* Writes buf to path; false with a diagnostic. */
bool uk_write_file(uk_context *ctx, const char *path, const uk_buf *buf);

/* ---- backend.c ------------------------------------------------------- */
/* LLVM's back end, each call returning its error (malloc'd) instead of
 * reporting it: the caller knows whom to blame. */
LLVMTargetMachineRef uk_target_machine(const char *triple, const char *cpu, const char *features, int opt_level,
                                       char **error);
/* Target k's machine, made on first use and kept: one per target for all the
 * items a process runs (a worker process fills its own copy of the table;
 * in-process the caller frees it after the map). */
typedef struct uk_machines {
  LLVMTargetMachineRef *tm;
  uint32_t n;
} uk_machines;
LLVMTargetMachineRef uk_machine_for(uk_machines *ms, uint32_t k, const char *triple, const char *cpu,
                                    const char *features, int opt_level, char **error);
void uk_machines_free(uk_machines *ms);
/* default<O{opt_level}> on m; NULL, or the error. */
char *uk_run_pipeline(LLVMModuleRef m, LLVMTargetMachineRef tm, int opt_level);
/* Whether LLVM compiles llvm.fma on float (or double) for the triple, CPU
 * and features to an instruction, not to a call of the C library's fmaf or
 * fma: asked of LLVM itself by compiling a probe, since a CPU name implies
 * features that no list shows. False where no target machine can be made. */
bool uk_target_has_fma(const char *triple, const char *cpu, const char *features, bool dbl);
/* m emitted as an object or assembly, appended to out; NULL, or the error. */
char *uk_emit_machine_code(LLVMTargetMachineRef tm, LLVMModuleRef m, LLVMCodeGenFileType kind, uk_buf *out);
void uk_write_bitcode(LLVMModuleRef m, uk_buf *out);
/* Functions with a body in m; *instructions grows by their instructions. */
uint32_t uk_count_definitions(LLVMModuleRef m, uint64_t *instructions);

/* ---- table.c --------------------------------------------------------- */
/* A hash table from keys of key_words 64-bit words (a pointer: one; a hash:
 * UK_HASH_LEN / 8; the same for every call on one table; copied in) to
 * values below UINT32_MAX. A zeroed uk_table is empty. */
typedef struct uk_table {
  uint64_t *keys; /* cap * key_words */
  uint32_t *vals; /* per slot: 0 empty, else the value + 1 */
  uint32_t key_words, cap, len;
} uk_table;
/* Sets key's value (adds key, or replaces its value). */
void uk_table_put(uk_table *t, const uint64_t *key, uint32_t key_words, uint32_t val);
/* key's value into *val; false if key is not in t. */
bool uk_table_get(const uk_table *t, const uint64_t *key, uint32_t key_words, uint32_t *val);
void uk_table_free(uk_table *t);

/* ---- parallel.c ------------------------------------------------------ */
/* The one parallel map: every stage that runs work in parallel, or in a
 * child process so that LLVM crashing costs only the child, runs it here.
 *
 * uk_map runs run(i) for each item i in [0, n), at most `jobs` at a time
 * (0: uk_jobs(ctx); never more workers than items), and hands each item's
 * result to take(i), always in the calling thread:
 *   UK_MAP_SERIAL     in the calling thread, item after item;
 *   UK_MAP_THREADS    in threads of this process (run must be thread-safe);
 *   UK_MAP_PROCESSES  in forked worker processes; results cross a pipe. A
 *                     worker that dies (a crash, an LLVM fatal error) costs
 *                     the item it was running: died(i, why) is called for
 *                     it, and the items it had not started go to a new
 *                     worker.
 * Which worker runs which item never changes a result: items are taken from
 * a shared counter, and take sees results in item order (processes: as soon
 * as every earlier item's result is in; the rest wait in memory).
 *
 * run records its diagnostics in wctx: a context of the worker's own, with
 * the run's options and host (never free or keep it). They reach ctx with
 * their severity, just before that item's take, so diagnostics come in item
 * order whatever -j is. run must leave everything else in ctx alone (in a
 * process it would be lost); statistics travel in its result. */
typedef enum uk_map_mode { UK_MAP_SERIAL, UK_MAP_THREADS, UK_MAP_PROCESSES } uk_map_mode;

typedef struct uk_map {
  const char *name;  /* each worker's span in --time-trace */
  uint32_t n;        /* items */
  uint32_t jobs;     /* at most this many workers; 0: uk_jobs(ctx) */
  uk_map_mode mode;
  /* Item i's work, into out (empty at the start). false: the item failed
   * (its result is still taken). */
  bool (*run)(uk_context *wctx, uint32_t i, uk_buf *out, void *arg);
  /* In the calling thread, for every item that ran to its end, in item
   * order: what run wrote (take may steal result->data, leaving NULL there).
   * NULL: none. */
  void (*take)(uk_context *ctx, uint32_t i, bool ok, uk_buf *result, void *arg);
  /* UK_MAP_PROCESSES: the worker running item i died. why: LLVM's fatal
   * error's reason, else the signal's name (strsignal), else "exit status
   * N". NULL: one error, no file. */
  void (*died)(uk_context *ctx, uint32_t i, const char *why, void *arg);
  void *arg;
} uk_map;

/* true if every item ran and run returned true for each. */
bool uk_map_run(uk_context *ctx, const uk_map *m);
/* The mode for work in which LLVM may crash: processes with isolation, else
 * in_process (threads where each item has an LLVM context of its own,
 * serial where items share one, or lld). */
uk_map_mode uk_isolating_mode(const uk_context *ctx, uk_map_mode in_process);
/* Whether died's why names a signal (the worker crashed), not LLVM's fatal
 * error or an exit status: "crashed" and "failed" read differently. */
bool uk_map_died_of_signal(const char *why);

#endif
