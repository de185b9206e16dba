/* codegen: optimized units -> emitted outputs in the temporary directory. */
#ifndef UKLINK_CODEGEN_H
#define UKLINK_CODEGEN_H

#include "optimize/optimize.h"
#include "write/write.h"

/* ---- codegen/paths.c ------------------------------------------------- */
/* Every output's final path: one file, a directory of one per target, or
 * with --out-dir one per input (the directories are made, and recorded in
 * outs to be removed if the run fails). */
bool uk_output_paths(uk_context *ctx, const uk_inputs *in, uk_outputs *outs);

/* ---- codegen/structors.c --------------------------------------------- */
/* Before emitting an ELF object: llvm.global_ctors/dtors become entries of
 * .init_array[.PRIO]/.fini_array[.PRIO], as clang emits them. On a target
 * with no operating system a live entry is an error naming the input. */
bool uk_lower_structors(uk_context *ctx, LLVMModuleRef m, const uk_blame *who);

/* ---- codegen/lld.c ---------------------------------------------------- */
/* ld.lld -shared -o out_path inputs... extra... (in-process), for triple.
 * An error names name_for_errors, or (with in and t) the input of t that
 * defines or uses the symbol lld's message is about. */
bool uk_lld_shared(uk_context *ctx, const char *triple, const char *out_path, const char *const *inputs,
                   uint32_t num_inputs, const char *const *extra, uint32_t num_extra, const char *name_for_errors,
                   const uk_inputs *in, const uk_target *t);

/* ld.lld -r -o out_path inputs...: objects into one (in-process); an error
 * names name_for_errors. */
bool uk_lld_relocatable(uk_context *ctx, const char *out_path, const char *const *inputs, uint32_t num_inputs,
                        const char *name_for_errors);

/* ---- codegen/lld_shim.cpp -------------------------------------------- */
/* lld::lldMain for ELF; returns the exit code, error text in *errors (malloc'd). */
int uk_lld_elf(int argc, const char **argv, char **errors);

#endif
