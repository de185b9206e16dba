/* codegen: linked modules -> emitted outputs in the temporary directory. */
#ifndef UKLINK_CODEGEN_H
#define UKLINK_CODEGEN_H

#include "generate/generate.h"
#include "write/write.h"

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

/* ---- codegen/per_input.c --------------------------------------------- */
/* --out-dir: output paths, one per input per target. */
bool uk_per_input_paths(uk_context *ctx, const uk_inputs *in, uk_outputs *outs);
/* --out-dir: compiles the kernels once, then each input's shell, and links
 * one shared object per input; items has one entry per input of t. */
bool uk_codegen_per_input(uk_context *ctx, const uk_inputs *in, const uk_target *t, const uk_linked_target *lt,
                          const char *tmp_dir, uint32_t k, uk_output *items);

/* ---- codegen/lld_shim.cpp -------------------------------------------- */
/* lld::lldMain for ELF; returns the exit code, error text in *errors (malloc'd). */
int uk_lld_elf(int argc, const char **argv, char **errors);

#endif
