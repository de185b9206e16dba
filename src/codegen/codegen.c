/* codegen: linked modules -> outputs, one per target.
 *
 * Per target, serially: a target machine (the host CPU and features by
 * default for the host target), the standard O0-O3 pipeline, the second round
 * of dedupe on the optimized module, then one emission. For shared objects
 * the object is written into a temporary directory beside the output and
 * linked by lld in-process; nothing is renamed into place until uk_write.
 *
 * After this stage: every output exists in memory or in the temporary
 * directory, and no output path has been touched. */
#include "internal.h"

#include <errno.h>
#include <llvm-c/BitWriter.h>
#include <llvm-c/Transforms/PassBuilder.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *emit_extension(uk_emit_kind k) {
  switch (k) {
  case UK_EMIT_SHARED: return "so";
  case UK_EMIT_OBJ: return "o";
  case UK_EMIT_BC: return "bc";
  case UK_EMIT_LL: return "ll";
  case UK_EMIT_ASM: return "s";
  }
  return "out";
}

static bool is_directory(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Output paths: one file, or with several targets a directory holding
 * <triple>.<ext> per target. */
static bool output_paths(uk_context *ctx, const uk_inputs *in, uk_outputs *outs) {
  const char *o = ctx->opts.output;
  const char *ext = emit_extension(ctx->opts.emit);
  size_t olen = o ? strlen(o) : 0;
  bool as_dir = o && (is_directory(o) || (olen && o[olen - 1] == '/'));
  if (in->num_targets > 1 && o && !as_dir) {
    /* name an input of each of the first two targets */
    const uk_module *a = NULL, *b = NULL;
    for (uint32_t i = 0; i < in->targets[0].num_modules && !a; i++)
      if (*in->modules[in->targets[0].modules[i]].triple) a = &in->modules[in->targets[0].modules[i]];
    for (uint32_t i = 0; i < in->targets[1].num_modules && !b; i++)
      if (*in->modules[in->targets[1].modules[i]].triple) b = &in->modules[in->targets[1].modules[i]];
    uk_error(ctx, o, NULL,
             "inputs have several target triples (%s: %s; %s: %s): -o must name a directory",
             a ? a->path : "(no triple)", in->targets[0].triple, b ? b->path : "(no triple)",
             in->targets[1].triple);
    return false;
  }
  outs->num_items = in->num_targets;
  outs->items = uk_xcalloc(in->num_targets, sizeof *outs->items);
  for (uint32_t k = 0; k < in->num_targets; k++) {
    if (in->num_targets > 1 || as_dir) {
      const char *dir = o ? o : ".";
      size_t dl = strlen(dir);
      outs->items[k].path = uk_format("%s%s%s.%s", dir, dl && dir[dl - 1] == '/' ? "" : "/",
                                      in->targets[k].triple, ext);
    } else {
      outs->items[k].path = uk_xstrdup(o ? o : "a.out");
    }
  }
  return true;
}

static LLVMTargetMachineRef create_target_machine(uk_context *ctx, const uk_target *t) {
  char *error = NULL;
  LLVMTargetRef target;
  if (LLVMGetTargetFromTriple(t->triple, &target, &error)) {
    uk_error(ctx, NULL, NULL, "unsupported target '%s': %s", t->triple, error);
    LLVMDisposeMessage(error);
    return NULL;
  }
  bool native = strcmp(t->cpu, "native") == 0;
  char *cpu = native ? LLVMGetHostCPUName() : NULL;
  char *features = native && !ctx->opts.features ? LLVMGetHostCPUFeatures() : NULL;
  LLVMTargetMachineOptionsRef o = LLVMCreateTargetMachineOptions();
  LLVMTargetMachineOptionsSetCPU(o, cpu ? cpu : t->cpu);
  LLVMTargetMachineOptionsSetFeatures(o, features ? features : t->features);
  static const LLVMCodeGenOptLevel levels[] = {LLVMCodeGenLevelNone, LLVMCodeGenLevelLess,
                                               LLVMCodeGenLevelDefault, LLVMCodeGenLevelAggressive};
  LLVMTargetMachineOptionsSetCodeGenOptLevel(o, levels[ctx->opts.opt_level]);
  LLVMTargetMachineOptionsSetRelocMode(o, LLVMRelocPIC);
  LLVMTargetMachineRef tm = LLVMCreateTargetMachineWithOptions(target, t->triple, o);
  LLVMDisposeTargetMachineOptions(o);
  if (cpu) LLVMDisposeMessage(cpu);
  if (features) LLVMDisposeMessage(features);
  if (!tm) uk_error(ctx, NULL, NULL, "cannot create a target machine for '%s'", t->triple);
  return tm;
}

/* The data layout the target machine will use must be the inputs'. */
static bool set_data_layout(uk_context *ctx, const uk_inputs *in, const uk_target *t, LLVMTargetMachineRef tm,
                            LLVMModuleRef m) {
  LLVMTargetDataRef td = LLVMCreateTargetDataLayout(tm);
  char *dl = LLVMCopyStringRepOfTargetData(td);
  bool ok = true;
  if (*t->datalayout && strcmp(t->datalayout, dl) != 0) {
    const char *file = NULL;
    for (uint32_t i = 0; i < t->num_modules && !file; i++)
      if (*in->modules[t->modules[i]].datalayout) file = in->modules[t->modules[i]].path;
    uk_error(ctx, file, NULL, "data layout '%s' does not match target %s ('%s')", t->datalayout, t->triple, dl);
    ok = false;
  } else {
    LLVMSetModuleDataLayout(m, td);
  }
  LLVMDisposeMessage(dl);
  LLVMDisposeTargetData(td);
  return ok;
}

static bool optimize(uk_context *ctx, LLVMModuleRef m, LLVMTargetMachineRef tm) {
  char passes[32];
  snprintf(passes, sizeof passes, "default<O%d>", ctx->opts.opt_level);
  LLVMPassBuilderOptionsRef po = LLVMCreatePassBuilderOptions(); /* NULL options crash */
  LLVMErrorRef err = LLVMRunPasses(m, passes, tm, po);
  LLVMDisposePassBuilderOptions(po);
  if (err) {
    char *msg = LLVMGetErrorMessage(err);
    uk_error(ctx, NULL, NULL, "optimization failed: %s", msg);
    LLVMDisposeErrorMessage(msg);
    return false;
  }
  return true;
}

static bool copy_memory_buffer(LLVMMemoryBufferRef mb, uk_buf *out) {
  uk_buf_put(out, LLVMGetBufferStart(mb), LLVMGetBufferSize(mb));
  LLVMDisposeMemoryBuffer(mb);
  return true;
}

static bool emit_machine_code(uk_context *ctx, LLVMTargetMachineRef tm, LLVMModuleRef m, LLVMCodeGenFileType kind,
                              uk_buf *out) {
  char *error = NULL;
  LLVMMemoryBufferRef mb = NULL;
  if (LLVMTargetMachineEmitToMemoryBuffer(tm, m, kind, &error, &mb)) {
    uk_error(ctx, NULL, NULL, "code generation failed: %s", error ? error : "");
    LLVMDisposeMessage(error);
    return false;
  }
  return copy_memory_buffer(mb, out);
}

/* Writes buf to path; false with a diagnostic. */
static bool write_file(uk_context *ctx, const char *path, const uk_buf *buf) {
  FILE *f = fopen(path, "wb");
  if (!f) {
    uk_error(ctx, path, NULL, "cannot write: %s", strerror(errno));
    return false;
  }
  bool ok = fwrite(buf->data, 1, buf->len, f) == buf->len;
  ok &= fclose(f) == 0;
  if (!ok) uk_error(ctx, path, NULL, "cannot write: %s", strerror(errno));
  return ok;
}

static bool link_shared(uk_context *ctx, const char *tmp_dir, uint32_t k, const uk_buf *obj, uk_output *out) {
  char *obj_path = uk_format("%s/%u.o", tmp_dir, k);
  char *so_path = uk_format("%s/%u.so", tmp_dir, k);
  bool ok = write_file(ctx, obj_path, obj);
  if (ok) {
    const char *argv[] = {"ld.lld", "-shared", "--hash-style=gnu", "-o", so_path, obj_path};
    char *errors = NULL;
    int rc = uk_lld_elf((int)(sizeof argv / sizeof *argv), argv, &errors);
    if (rc != 0) {
      char *line = uk_first_line(errors && *errors ? errors : "failed");
      uk_error(ctx, out->path, NULL, "lld: %s", line);
      free(line);
      ok = false;
    }
    free(errors);
  }
  if (ok) {
    out->tmp_path = so_path;
  } else {
    free(so_path);
  }
  free(obj_path);
  return ok;
}

static uint32_t count_definitions(LLVMModuleRef m, uint64_t *instructions) {
  uint32_t n = 0;
  for (LLVMValueRef f = LLVMGetFirstFunction(m); f; f = LLVMGetNextFunction(f)) {
    if (LLVMIsDeclaration(f)) continue;
    n++;
    *instructions += uk_count_instructions(f);
  }
  return n;
}

static bool codegen_target(uk_context *ctx, const uk_inputs *in, const uk_target *t, LLVMModuleRef m,
                           const char *tmp_dir, uint32_t k, uk_output *out) {
  uk_target_stats *st = uk_stats_for(ctx, t->triple);
  LLVMTargetMachineRef tm = create_target_machine(ctx, t);
  if (!tm) return false;
  bool ok = set_data_layout(ctx, in, t, tm, m);

  double t0 = uk_now();
  if (ok) ok = optimize(ctx, m, tm);
  ctx->stage_seconds[UK_STAGE_OPTIMIZE] += uk_now() - t0;

  /* Optimization made more functions identical: merge them before ISel. */
  t0 = uk_now();
  if (ok && !ctx->opts.no_dedupe) st->merged_after_opt = uk_merge_module(ctx, t->triple, m);
  ctx->stage_seconds[UK_STAGE_DEDUPE_OPT] += uk_now() - t0;
  if (ok) st->functions_compiled = count_definitions(m, &st->ir_instructions_compiled);

  t0 = uk_now();
  switch (ctx->opts.emit) {
  case UK_EMIT_BC:
    ok = ok && copy_memory_buffer(LLVMWriteBitcodeToMemoryBuffer(m), &out->bytes);
    break;
  case UK_EMIT_LL:
    if (ok) {
      char *text = LLVMPrintModuleToString(m);
      uk_buf_put(&out->bytes, text, strlen(text));
      LLVMDisposeMessage(text);
    }
    break;
  case UK_EMIT_ASM:
    ok = ok && emit_machine_code(ctx, tm, m, LLVMAssemblyFile, &out->bytes);
    break;
  case UK_EMIT_OBJ:
    ok = ok && emit_machine_code(ctx, tm, m, LLVMObjectFile, &out->bytes);
    break;
  case UK_EMIT_SHARED: {
    uk_buf obj = {0};
    ok = ok && emit_machine_code(ctx, tm, m, LLVMObjectFile, &obj);
    ok = ok && link_shared(ctx, tmp_dir, k, &obj, out);
    uk_buf_free(&obj);
    break;
  }
  }
  double dt = uk_now() - t0;
  st->codegen_seconds += dt;
  ctx->stage_seconds[UK_STAGE_CODEGEN] += dt;
  LLVMDisposeTargetMachine(tm);
  return ok;
}

uk_outputs *uk_codegen(uk_context *ctx, uk_linked *linked) {
  if (!linked) return NULL;
  const uk_inputs *in = linked->inputs;
  uk_outputs *outs = uk_xcalloc(1, sizeof *outs);
  bool ok = output_paths(ctx, in, outs);
  /* The temporary directory lives beside the outputs, so that renaming into
   * place is atomic; creating it also proves the destination writable before
   * any expensive work. */
  if (ok) ok = uk_make_tmp_dir(ctx, outs);
  for (uint32_t k = 0; ok && k < in->num_targets; k++)
    ok = codegen_target(ctx, in, &in->targets[k], linked->targets[k].module, outs->tmp_dir, k, &outs->items[k]);
  if (!ok) {
    uk_outputs_free(outs);
    return NULL;
  }
  return outs;
}

void uk_outputs_free(uk_outputs *outs) {
  if (!outs) return;
  for (uint32_t i = 0; i < outs->num_items; i++) {
    free(outs->items[i].path);
    uk_buf_free(&outs->items[i].bytes);
    free(outs->items[i].tmp_path);
  }
  free(outs->items);
  if (outs->tmp_dir) uk_remove_tree(outs->tmp_dir);
  free(outs->tmp_dir);
  if (outs->created_dir) rmdir(outs->created_dir); /* only if still empty */
  free(outs->created_dir);
  free(outs);
}
