/* collect: input paths -> parsed, verified, fingerprinted inputs, grouped by
 * target, each target's CPU and features resolved. */
#ifndef UKLINK_COLLECT_H
#define UKLINK_COLLECT_H

#include "fingerprint/fingerprint.h"

/* What uklink can do with a function. Anything the fingerprint cannot see
 * makes it ineligible; the reason is a static string, counted in the report. */
typedef struct uk_fn_summary {
  char *name;
  LLVMLinkage linkage;
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
  /* near-duplicates (uk_fingerprint): */
  uint8_t near_hash[UK_HASH_LEN];
  const uint8_t *near_bytes;    /* the near form, when it differs from bytes (until collect confirmed it) */
  size_t near_bytes_len;
  uint64_t *consts;             /* per slot: type code, bits */
  uint32_t num_slots;
  char *near_reason;            /* why it cannot be a near-duplicates' kernel (uk_fingerprint), or NULL */
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
  char *error;       /* what the worker found wrong with the file, if anything */
  char *triple;      /* "" when the module has none */
  char *datalayout;  /* "" when the module has none */
  uk_buf blob;       /* the worker's serialized summary; fns/gvs point into it */
  uk_fn_summary *fns;
  uint32_t num_fns;
  uk_gv_summary *gvs;
  uint32_t num_gvs;
  /* A textual input's bitcode, which the worker made (it points into blob
   * until collect spills it), and where collect spilled it in the inputs'
   * spill file (length 0: not spilled; link reads the file itself). */
  const uint8_t *bitcode;
  size_t bitcode_len;
  uint64_t spilled_at, spilled_len;
} uk_module;

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
  /* The textual inputs' bitcode (uk_module.spilled_*): a temporary file that
   * is unlinked once made, so that nothing is left behind, even by a crash;
   * memory keeps only what the distinct code needs. NULL if none. */
  FILE *spill;
};


/* ---- collect/target.c ---------------------------------------------- */
/* Does LLVM know t's CPU and features for t's triple? If not, one error
 * naming the CPU or feature (LLVM's own warnings are kept from the user: the
 * check runs in a child whose standard error uklink reads). */
bool uk_check_target_cpu(uk_context *ctx, const uk_target *t);

/* ---- collect/inputs.c ------------------------------------------------ */
/* Expands directories and @files into a sorted, duplicate-free path list. */
bool uk_expand_inputs(uk_context *ctx, char ***paths, uint32_t *num_paths);
/* Reads an input again (link, the culprit probe) and checks that it is the
 * file collect read: its BLAKE3 must be the same. A textual input is its
 * bitcode from the spill file instead. */
bool uk_reread_input(uk_context *ctx, const uk_inputs *in, const uk_module *m, uk_buf *out);

/* ---- collect/summary.c ----------------------------------------------- */
/* Read, parse, verify and fingerprint one file; the result (or the error)
 * is serialized into blob, so that it can cross a process boundary. With
 * bitcode (only in a process of uklink's own: it sets an LLVM option), a
 * textual file's bitcode too. */
void uk_summarize_file(const char *path, bool bitcode, uk_buf *blob);
/* Fills m's triple, datalayout, fns and gvs from m->blob. Returns NULL, or
 * the error message the worker recorded (owned by the caller). */
char *uk_decode_summary(uk_module *m);

/* ---- collect/blame.c ------------------------------------------------- */
/* Whom an error of LLVM's while compiling one of t's modules is reported
 * against: file, when the module is that input's (--out-dir's shells); else
 * the input LLVM names, or the first of t that it cannot compile alone. */
typedef struct uk_blame {
  const uk_inputs *in;
  const uk_target *t;
  const char *file;
} uk_blame;
/* The input of t that defines sym, else one that refers to it, or NULL. */
const char *uk_input_with_symbol(const uk_inputs *in, const uk_target *t, const char *sym);
/* The first input of t that LLVM cannot optimize and emit on its own (each
 * tried in a child process), or NULL. */
const char *uk_input_to_blame(uk_context *ctx, const uk_inputs *in, const uk_target *t);
/* After an LLVM step on m: its warnings passed on as uklink's, and error (if
 * any: consumed) reported against who. true if there was no error. */
bool uk_blame_step(uk_context *ctx, const uk_blame *who, const char *step, LLVMModuleRef m, char *error);

#endif
