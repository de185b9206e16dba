/* uklink's internal table of contents: the shared types, then the functions
 * each file exports, grouped by file. Everything else in a file is static. */
#ifndef UKLINK_INTERNAL_H
#define UKLINK_INTERNAL_H

#include "uklink.h"

#include <llvm-c/Core.h>
#include <llvm-c/TargetMachine.h>
#include <stdatomic.h>
#include <stdint.h>
#include <sys/types.h>

#define UK_HASH_LEN 32

/* mmt4d element types: the ABI's flags bits 0-7 */
enum {
  UK_TYPE_F32F32F32 = 1, UK_TYPE_S8S8S32, UK_TYPE_F16F16F32, UK_TYPE_F16F16F16, UK_TYPE_BF16BF16F32,
  UK_TYPE_BF16BF16BF16, UK_TYPE_S16S16S32, UK_TYPE_S16U4S32, UK_TYPE_S16S8S32, UK_TYPE_S8S4S32,
};

/* ---- shared types ---------------------------------------------------- */

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

/* What uklink can do with a function. Anything the fingerprint cannot see
 * makes it ineligible; the reason is a static string, counted in the report. */
typedef struct uk_fn_summary {
  char *name;
  LLVMLinkage linkage;
  LLVMUnnamedAddr unnamed_addr;
  bool is_definition;
  bool eligible;
  char *reason;                 /* why not eligible */
  uint8_t hash[UK_HASH_LEN];    /* BLAKE3 of bytes */
  const uint8_t *bytes;         /* canonical form, name-independent (until collect confirmed it) */
  size_t bytes_len;
  uint32_t *refs;               /* indices of internal functions referenced by content */
  uint32_t num_refs;
  uint32_t num_instructions;
  uint8_t shape_hash[UK_HASH_LEN]; /* the hash with constants' values left out */
} uk_fn_summary;

/* A global variable, alias or ifunc: only what the conflict check needs. */
typedef struct uk_gv_summary {
  char *name;
  LLVMLinkage linkage;
  bool is_definition;
} uk_gv_summary;

/* One input module as collect found it. The parent does not keep the file:
 * a worker read it, and later stages read it again, checking its BLAKE3, so
 * that they parse exactly what the workers verified. */
typedef struct uk_module {
  char *path;
  uint8_t file_hash[UK_HASH_LEN];
  bool summarized;   /* a worker's summary arrived */
  char *error;       /* what the worker found wrong with the file, if anything */
  char *triple;      /* "" when the module has none */
  char *datalayout;  /* "" when the module has none */
  uk_buf blob;       /* the worker's serialized summary; fns/gvs point into it */
  uk_fn_summary *fns;
  uint32_t num_fns;
  uk_gv_summary *gvs;
  uint32_t num_gvs;
} uk_module;

/* The host as --cpu native sees it (cpu.c): LLVM's name for its CPU, and
 * every feature LLVM knows, "+name" where CPUID reports it, else "-name". */
typedef struct uk_host_cpu {
  char *triple;
  char *name;
  char *features;
} uk_host_cpu;

/* One codegen target and the inputs built for it. */
typedef struct uk_target {
  char *triple;
  char *cpu;            /* what LLVM gets: the host's CPU name for --cpu native */
  char *features;       /* what LLVM gets: for --cpu native the host's complete list, then --features */
  bool native;          /* --cpu native (given, or the default for the host's triple) */
  char *datalayout;     /* of its inputs, "" if none had one */
  uint32_t *modules;    /* indices into uk_inputs.modules, in path order */
  uint32_t num_modules;
} uk_target;

struct uk_inputs {
  uk_module *modules;   /* sorted by path */
  uint32_t num_modules;
  /* Hashes under which two different canonical forms arrived (collisions):
   * sorted. Canonical bytes are compared as summaries arrive and then
   * dropped, so that memory holds one form per distinct function. */
  uint8_t (*poisoned)[UK_HASH_LEN];
  uint32_t num_poisoned;
  uk_target *targets;
  uint32_t num_targets;
};

/* What link does with one function of one input module. */
typedef enum uk_fn_action {
  UK_KEEP,        /* not merged: linked as it is */
  UK_BODY,        /* the canonical copy: its body becomes the class's kernel */
  UK_REPLACE,     /* a duplicate: becomes an alias, a thunk or a forwarded use */
  UK_DROP_DUP,    /* a second definition of the same external name: a declaration */
} uk_fn_action;

typedef struct uk_class {
  uint32_t module, fn;  /* the canonical member */
  char *kernel;         /* the name its body is linked under */
  uint32_t num_members;
} uk_class;

typedef struct uk_target_plan {
  uint32_t num_modules;
  /* actions[m][f], class_of[m][f] for the m-th module of the target */
  uk_fn_action **actions;
  uint32_t **class_of;
  uk_class *classes;    /* only classes with two or more members */
  uint32_t num_classes;
  /* members of class c, in canonical order: member_module/member_fn[first[c]..first[c+1]) */
  uint32_t *member_module, *member_fn, *first;
} uk_target_plan;

struct uk_plan {
  uk_target_plan *targets;
  uint32_t num_targets;
};

/* With --out-dir, each input's module after dedupe: what only it defines;
 * its merged functions call their kernels (or are thunks that do). */
typedef struct uk_shell {
  LLVMModuleRef module;
} uk_shell;

typedef struct uk_linked_target {
  LLVMContextRef llctx;
  /* Every distinct body. With --out-dir only the kernels (hidden, so that
   * each output's link can use them) and the ukernels; else everything. */
  LLVMModuleRef module;
  uk_shell *shells;  /* --out-dir: one per input of the target, in path order */
  uint32_t num_shells;
  uk_llvm_diags lldiags; /* the first error LLVM reported in llctx, and its warnings */
} uk_linked_target;

struct uk_linked {
  const uk_inputs *inputs;
  uk_linked_target *targets;
  uint32_t num_targets;
};

typedef struct uk_output {
  char *path;        /* final path */
  char *tmp_path;    /* the complete output, in the temporary directory */
} uk_output;

struct uk_outputs {
  uk_output *items;
  uint32_t num_items;
  char *tmp_dir;
  /* The directories uklink made for the outputs, in the order made; removed
   * again (if empty) unless the outputs were committed. */
  char **created_dirs;
  uint32_t num_created_dirs;
  bool committed;
  uk_context *ctx;     /* whose live_outputs this is, once the tmp dir exists */
};

/* Statistics of one target, for the report. */
typedef struct uk_target_stats {
  char *triple;
  uint32_t functions, distinct, merged, unmergeable;
  uint32_t merged_after_opt;
  uint32_t functions_compiled;
  uint32_t ukernel_calls_specialized;
  uint32_t ukernels_generated;
  uint32_t eligible, exact_classes, constant_classes; /* the duplicates analysis */
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
  bool after_opt;
} uk_group_report;

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
  uint32_t num_inputs;
  uk_target_stats *tstats;
  uint32_t num_tstats;
  uk_reason_count *reasons;
  uint32_t num_reasons;
  uk_group_report *groups;
  uint32_t num_groups;
  double created_at;
  double total_seconds;
  uk_trace_event *trace;
  uint32_t num_trace;
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
void uk_child_setup(void);
bool uk_write_all(int fd, const void *data, size_t len);
/* Called after every read, with pipe i's buffer so far (it may consume from
 * the front). */
typedef void (*uk_pipe_data_fn)(uint32_t i, uk_buf *buf, void *arg);
/* Reads every pipe to its end, all at once (poll), so no writer blocks;
 * ends[i] (if given) is when pipe i closed; on_data (if given) sees each
 * buffer after every read. */
void uk_drain_pipes(const int *fds, uk_buf *bufs, uint32_t n, double *ends, uk_pipe_data_fn on_data, void *arg);
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
void uk_count_reason(uk_context *ctx, const char *reason);
uk_target_stats *uk_stats_for(uk_context *ctx, const char *triple);
void uk_add_group(uk_context *ctx, uk_group_report group);
/* Records a span for --time-trace (nothing unless opts.time_trace). */
void uk_trace(uk_context *ctx, const char *name, double start, double end, uint32_t tid);
/* The same for n workers started at `start` and done at ends[w]. */
void uk_trace_workers(uk_context *ctx, const char *name, uint32_t n, double start, const double *ends);
unsigned uk_jobs(const uk_context *ctx);

/* ---- llvm_util.c ----------------------------------------------------- */
/* Once per process, before any worker starts: targets, and the page where
 * workers leave their fatal errors' reasons. Installs no fatal-error handler
 * in this process: that is the host program's. */
void uk_llvm_init(void);
/* In a worker, right after fork: LLVM's fatal errors end it, with the reason
 * recorded for its parent. */
void uk_llvm_child_init(void);
/* In the parent, after reaping pid: keeps its fatal error's reason, if any,
 * for uk_last_fatal_reason (this thread's last reaped child). */
void uk_take_fatal_reason(pid_t pid);
const char *uk_last_fatal_reason(void);
/* The first error LLVM reported through the diagnostic handler of c (made by
 * uk_llvm_context with somewhere to keep it) since the last call, or NULL;
 * malloc'd, and forgotten by c. */
char *uk_take_llvm_error(LLVMContextRef c);
/* Metadata kinds from this id on are custom: numbered per context. */
unsigned uk_first_custom_md_kind(void);
/* A context whose diagnostic handler keeps the first error message. */
LLVMContextRef uk_llvm_context(char **first_error);
LLVMContextRef uk_llvm_context_with_warnings(uk_llvm_diags *d);
/* The warnings kept since the last call (malloc'd, each and the array), or NULL. */
char **uk_take_llvm_warnings(LLVMContextRef c, uint32_t *n);
void uk_llvm_diags_free(uk_llvm_diags *d);
/* Parses and verifies file in a child process, so that a file LLVM's reader
 * crashes on costs only the child: NULL if it is valid IR, else why not
 * (malloc'd). For files the parent must then parse itself. */
char *uk_check_ir_in_child(uk_context *ctx, const uk_buf *file, const char *name);
/* Parse .ll or .bc from memory (the buffer is not consumed). */
LLVMModuleRef uk_parse(LLVMContextRef llctx, const uk_buf *file, const char *name, char **error);
/* The first line of an LLVM message, without the "file:line:col: error: " noise kept. */
char *uk_first_line(const char *msg);
char *uk_host_triple(void);
/* "x86_64" from a triple, or NULL. */
char *uk_triple_arch(const char *triple);
/* A triple with no operating system (x86_64-unknown-unknown-eabi-elf, as
 * IREE's embedded ELF executables use, or ...-none-...): its shared objects
 * are loaded by a loader of the program's own, not by a libc. */
bool uk_triple_is_freestanding(const char *triple);
bool uk_is_local_linkage(LLVMLinkage l);
/* Replace the function F by a new declaration with the same name and type. */
LLVMValueRef uk_make_declaration(LLVMModuleRef m, LLVMValueRef fn);
/* Replace F by a thunk: a function with F's name, type and attributes whose
 * body tail-calls target. Returns the thunk. */
LLVMValueRef uk_make_thunk(LLVMModuleRef m, LLVMValueRef fn, LLVMValueRef target, const char *name);
/* Replace F by an alias of target with F's linkage and visibility, named name.
 * (fn may be target itself, renamed: then target is kept.) */
LLVMValueRef uk_make_alias(LLVMModuleRef m, LLVMValueRef fn, LLVMValueRef target, const char *name);
uint64_t uk_count_instructions(LLVMValueRef fn);
/* The functions of m, in order: a list that stays valid while they are
 * replaced or deleted one by one (malloc'd). */
LLVMValueRef *uk_functions(LLVMModuleRef m, uint32_t *n);

/* ---- cpu.c ----------------------------------------------------------- */
void uk_host_cpu_detect(uk_host_cpu *h);
void uk_host_cpu_free(uk_host_cpu *h);
/* +1 if the comma-separated list's last entry for name is "+name", -1 if it
 * is "-name", 0 if it has none. */
int uk_feature_state(const char *list, const char *name);
/* The triple names the host's architecture, OS and environment (any vendor):
 * code for it runs here. */
bool uk_triple_is_host(const char *triple, const char *host);
/* Does LLVM know t's CPU and features for t's triple? If not, one error
 * naming the CPU or feature (LLVM's own warnings are kept from the user: the
 * check runs in a child whose standard error uklink reads). */
bool uk_check_target_cpu(uk_context *ctx, const uk_target *t);

/* ---- collect/inputs.c ------------------------------------------------ */
/* Expands directories and @files into a sorted, duplicate-free path list. */
bool uk_expand_inputs(uk_context *ctx, char ***paths, uint32_t *num_paths);
bool uk_read_file(uk_context *ctx, const char *path, uk_buf *out);
/* The same without a context: NULL, or the error (malloc'd). */
char *uk_read_file_raw(const char *path, uk_buf *out);
/* Reads an input again (link, the culprit probe) and checks that it is the
 * file collect read: its BLAKE3 must be the same. */
bool uk_reread_input(uk_context *ctx, const uk_module *m, uk_buf *out);

/* ---- collect/summary.c ----------------------------------------------- */
/* Read, parse, verify and fingerprint one file; the result (or the error)
 * is serialized into blob, so that it can cross a process boundary. */
void uk_summarize_file(const char *path, uk_buf *blob);
/* Fills m's triple, datalayout, fns and gvs from m->blob. Returns NULL, or
 * the error message the worker recorded (owned by the caller). */
char *uk_decode_summary(uk_module *m);

/* ---- collect/workers.c ----------------------------------------------- */
/* What collect does with each summary as it arrives. */
typedef void (*uk_summary_fn)(uk_module *m, void *arg);
/* Runs uk_summarize_file on every module, in worker processes (isolate) or
 * threads; each module's blob is handed to take as soon as it is complete.
 * A worker that dies is reported against the file it was reading. */
bool uk_run_workers(uk_context *ctx, uk_module *mods, uint32_t n, uk_summary_fn take, void *arg);

/* ---- dedupe/fingerprint.c -------------------------------------------- */
typedef struct uk_fingerprint {
  bool eligible;
  const char *reason;
  uint8_t hash[UK_HASH_LEN];
  uk_buf bytes;
  uint32_t *refs;
  uint32_t num_refs;
  uint32_t num_instructions;
} uk_fingerprint;
/* Fingerprints every function of m; out has one entry per function, in
 * module order (declarations are ineligible). With mask_constants the values
 * of scalar constants and constant data are left out: equal such prints
 * tell functions that differ only in constants (shapes), for the report. */
void uk_fingerprint_module(LLVMModuleRef m, uk_fingerprint *out, uint32_t num_fns, bool mask_constants);
void uk_fingerprint_free(uk_fingerprint *fp);

/* ---- dedupe/merge_module.c ------------------------------------------- */
/* The second round: merges identical functions inside one (optimized)
 * module. Returns the number of functions merged away. */
uint32_t uk_merge_module(uk_context *ctx, const char *triple, LLVMModuleRef m);

/* ---- link/link.c ----------------------------------------------------- */
char *uk_ukernels_path(const uk_context *ctx, const char *arch);

/* ---- link/specialize.c ------------------------------------------------ */
/* A ukernel tile entry's name: iree_uk_mmt4d_<types>_<M0>x<N0>x<K0>_<arch>_<isa>. */
typedef struct uk_mmt4d_name {
  uint32_t type;  /* flags bits 0-7 */
  int m0, n0, k0;
  char arch[16];
  char isa[48];
} uk_mmt4d_name;
bool uk_parse_mmt4d_name(const char *name, uk_mmt4d_name *out);
const char *uk_mmt4d_type_name(uint32_t type);
/* The key features an ISA level of the grammar needs ("+a,+b"), or NULL. */
const char *uk_isa_features(const char *arch, const char *isa);
/* Every feature those imply: what a generated tile is compiled with. */
const char *uk_isa_full_features(const char *arch, const char *isa);
void uk_mmt4d_format_name(const uk_mmt4d_name *t, char *out, size_t len);
/* Sets t->arch and t->isa to the level a generated tile of type gets. */
bool uk_best_isa(const char *arch, uint32_t type, const void *target_features, const void *caller_features,
                 uk_mmt4d_name *t);
/* Turns calls to iree_uk_mmt4d with a constant tile shape and flags into
 * direct calls to lib's best entry for the target, or (generate) to a tile
 * the generate stage will define; returns how many. *missing_features: the
 * features the calls' constant cpu_data says their callers were compiled
 * for and the target lacks ("+a,+b", malloc'd), or NULL. */
uint32_t uk_specialize_ukernel_calls(LLVMModuleRef lib, LLVMModuleRef *mods, uint32_t num_mods, const char *features,
                                     const char *arch, bool generate, char **missing_features);

/* ---- codegen/codegen.c (helpers shared with per_input.c) -------------- */
/* One piece of a target's code generation, as handed to uk_run_isolated. */
typedef struct uk_codegen_job {
  const uk_inputs *in;
  const uk_target *t;
  LLVMModuleRef m;
  const char *tmp_dir;
  uint32_t k;
} uk_codegen_job;
LLVMTargetMachineRef uk_target_machine(uk_context *ctx, const uk_target *t);
bool uk_set_data_layout(uk_context *ctx, const uk_inputs *in, const uk_target *t, LLVMTargetMachineRef tm,
                        LLVMModuleRef m);
/* Whom an error of LLVM's while compiling one of t's modules is reported
 * against: file, when the module is that input's (--out-dir's shells); else
 * the first input of t that LLVM cannot compile alone (probed in children). */
typedef struct uk_blame {
  const uk_inputs *in;
  const uk_target *t;
  const char *file;
} uk_blame;
/* One line: "FILE: STEP for TRIPLE failed: <LLVM's first line>". */
void uk_llvm_failed(uk_context *ctx, const uk_blame *who, const char *step, const char *msg);
/* Both fail on any error LLVM reports through m's context's diagnostic
 * handler during the step (then reported against who; who NULL: silently). */
bool uk_optimize(uk_context *ctx, LLVMModuleRef m, LLVMTargetMachineRef tm, const uk_blame *who);
bool uk_emit_machine_code(uk_context *ctx, LLVMTargetMachineRef tm, LLVMModuleRef m, LLVMCodeGenFileType kind,
                          uk_buf *out, const uk_blame *who);
bool uk_write_file(uk_context *ctx, const char *path, const uk_buf *buf);
uint32_t uk_count_definitions(LLVMModuleRef m, uint64_t *instructions);
/* ld.lld -shared -o out_path inputs... extra... (in-process), for triple.
 * An error names name_for_errors, or (with in and t) the input of t that
 * defines or uses the symbol lld's message is about. */
/* The input of t that defines sym, else one that refers to it, or NULL. */
const char *uk_input_with_symbol(const uk_inputs *in, const uk_target *t, const char *sym);
bool uk_lld_shared(uk_context *ctx, const char *triple, const char *out_path, const char *const *inputs,
                   uint32_t num_inputs, const char *const *extra, uint32_t num_extra, const char *name_for_errors,
                   const uk_inputs *in, const uk_target *t);
/* Runs work in a child process when isolating: what it adds to ctx
 * (statistics of t, diagnostics, groups) and out->tmp_path come back; a child
 * that dies is one diagnostic naming the input LLVM cannot compile. */
typedef bool (*uk_isolated_work)(uk_context *ctx, void *arg, uk_output *out);
bool uk_run_isolated(uk_context *ctx, const uk_inputs *in, const uk_target *t, uk_isolated_work work, void *arg,
                     uk_output *out);

/* One target's optimization, second dedupe round and emission, into tmp_dir. */
bool uk_codegen_target(uk_context *ctx, const uk_inputs *in, const uk_target *t, LLVMModuleRef m, const char *tmp_dir,
                       uint32_t k, uk_output *out);

/* ---- codegen/structors.c --------------------------------------------- */
/* Before emitting an ELF object: llvm.global_ctors/dtors become entries of
 * .init_array[.PRIO]/.fini_array[.PRIO], as clang emits them. On a target
 * with no operating system a live entry is an error naming the input. */
bool uk_lower_structors(uk_context *ctx, LLVMModuleRef m, const uk_blame *who);

/* ---- codegen/measure_isel.c ------------------------------------------ */

/* ---- codegen/per_input.c --------------------------------------------- */
/* --out-dir: output paths, one per input per target. */
bool uk_per_input_paths(uk_context *ctx, const uk_inputs *in, uk_outputs *outs);
/* --out-dir: compiles the kernels once, then each input's shell, and links
 * one shared object per input; items has one entry per input of t. */
bool uk_codegen_per_input(uk_context *ctx, const uk_inputs *in, const uk_target *t, const uk_linked_target *lt,
                          const char *tmp_dir, uint32_t k, uk_output *items);

/* ---- codegen/generate_tile.c ----------------------------------------- */
/* Can this tile be generated? If not, why (when why is given). */
bool uk_tile_generatable(const uk_mmt4d_name *t, char *why, size_t why_len);
/* Adds to m the tile entry `name` for t (and its internal "<name>.tile"),
 * compiled for the architecture's baseline CPU with t's ISA level's features
 * (never for features a CPU name implies), tuned for tune_cpu. */
void uk_generate_tile(LLVMModuleRef m, const uk_mmt4d_name *t, const char *name, const char *tune_cpu);

/* ---- codegen/output.c ------------------------------------------------ */
/* A temporary directory beside outs' first output (making the directory the
 * outputs go to if needed). */
bool uk_make_tmp_dir(uk_context *ctx, uk_outputs *outs);
/* mkdir -p dir; each directory made is recorded in outs, to be removed if the
 * run fails. */
bool uk_make_dirs(uk_context *ctx, uk_outputs *outs, const char *dir);
/* path made absolute, with "." and ".." resolved as text (malloc'd). */
char *uk_normalize_path(const char *path);
void uk_remove_tree(const char *dir);

/* ---- codegen/lld_shim.cpp -------------------------------------------- */
/* lld::lldMain for ELF; returns the exit code, error text in *errors (malloc'd). */
int uk_lld_elf(int argc, const char **argv, char **errors);

#endif
