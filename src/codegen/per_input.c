/* --out-dir: one shared object per input module, each distinct kernel still
 * compiled once.
 *
 * link left, per target, a kernels module (every kernel body, hidden, and the
 * ukernels they call) and one shell per input (what only that input defines;
 * its merged functions are declarations of kernels, or thunks). Here:
 *  1. the kernels module is optimized, merged again and compiled once, each
 *     function and constant in its own section;
 *  2. each shell is optimized and compiled, and linked with the kernels'
 *     object by lld with --gc-sections, so its output keeps only the kernels
 *     it references (a merged name the shell exports is a thunk calling its
 *     kernel: link made it).
 * Shells are independent: -j worker processes take every J-th one (threads
 * cannot share lld), and a worker that dies is reported against its input.
 * This is how per-executable consumers such as IREE use uklink. */
#include "codegen/codegen.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* The input's path below the inputs' common directory, without .ll/.bc:
 * inputs from several directories keep their layout. Paths are made
 * absolute and their ".." resolved first, so that a name never leads out of
 * the output directory (in/x/../../v.ll is v.ll, named from the directory
 * holding it). */
static char *output_name(const char *path, size_t common) {
  char *name = uk_xstrdup(path + common);
  size_t n = strlen(name);
  if (n > 3 && (!strcmp(name + n - 3, ".ll") || !strcmp(name + n - 3, ".bc"))) name[n - 3] = 0;
  return name;
}

/* The length of the longest directory prefix ("/a/b/") all paths share. */
static size_t common_directory(char *const *paths, uint32_t num) {
  if (!num) return 0;
  const char *first = paths[0];
  size_t n = strlen(first);
  for (uint32_t i = 1; i < num; i++) {
    const char *p = paths[i];
    size_t k = 0;
    while (k < n && p[k] == first[k]) k++;
    n = k;
  }
  while (n && first[n - 1] != '/') n--;
  return n;
}

/* The directory part of path, made as mkdir -p would. */
static bool make_parents(uk_context *ctx, uk_outputs *outs, const char *path) {
  char *dir = uk_xstrdup(path);
  *strrchr(dir, '/') = 0;
  bool ok = uk_make_dirs(ctx, outs, dir);
  free(dir);
  return ok;
}

bool uk_per_input_paths(uk_context *ctx, const uk_inputs *in, uk_outputs *outs) {
  if (ctx->opts.emit != UK_EMIT_SHARED) {
    uk_error(ctx, NULL, NULL, "--out-dir writes shared objects: it cannot be used with --emit other than shared");
    return false;
  }
  const char *dir = ctx->opts.out_dir;
  uint32_t total = 0;
  for (uint32_t k = 0; k < in->num_targets; k++) total += in->targets[k].num_modules;
  outs->items = uk_xcalloc(total, sizeof *outs->items);
  outs->num_items = total;
  if (!uk_make_dirs(ctx, outs, dir)) return false;
  char **norm = uk_xcalloc(in->num_modules, sizeof *norm);
  for (uint32_t i = 0; i < in->num_modules; i++) norm[i] = uk_normalize_path(in->modules[i].path);
  uint32_t n = 0;
  bool ok = true;
  size_t common = common_directory(norm, in->num_modules);
  for (uint32_t k = 0; k < in->num_targets && ok; k++) {
    const uk_target *t = &in->targets[k];
    char *sub = in->num_targets > 1 ? uk_format("%s/%s", dir, t->triple) : uk_xstrdup(dir);
    uint32_t first = n;
    for (uint32_t i = 0; i < t->num_modules && ok; i++) {
      const uk_module *m = &in->modules[t->modules[i]];
      char *name = output_name(norm[t->modules[i]], common);
      outs->items[n].path = uk_format("%s/%s.so", sub, name);
      free(name);
      ok = ok && make_parents(ctx, outs, outs->items[n].path);
      for (uint32_t j = first; j < n; j++)
        if (!strcmp(outs->items[j].path, outs->items[n].path)) {
          uk_error(ctx, m->path, NULL, "another input also writes %s", outs->items[n].path);
          ok = false;
        }
      n++;
    }
    free(sub);
  }
  for (uint32_t i = 0; i < in->num_modules; i++) free(norm[i]);
  free(norm);
  return ok;
}

/* One section per function and per constant, so that each output's link can
 * drop the kernels it does not use. */
static void split_sections(LLVMModuleRef m) {
  for (LLVMValueRef f = LLVMGetFirstFunction(m); f; f = LLVMGetNextFunction(f)) {
    const char *sec = LLVMGetSection(f);
    if (LLVMIsDeclaration(f) || (sec && *sec)) continue;
    size_t len;
    char *s = uk_format(".text.%s", LLVMGetValueName2(f, &len));
    LLVMSetSection(f, s);
    free(s);
  }
  for (LLVMValueRef g = LLVMGetFirstGlobal(m); g; g = LLVMGetNextGlobal(g)) {
    const char *sec = LLVMGetSection(g);
    if (LLVMIsDeclaration(g) || (sec && *sec) || !LLVMIsGlobalConstant(g) || LLVMIsThreadLocal(g)) continue;
    size_t len;
    char *s = uk_format(".rodata.%s", LLVMGetValueName2(g, &len));
    LLVMSetSection(g, s);
    free(s);
  }
}

static void drop_structors(LLVMModuleRef m) {
  static const char *const lists[] = {"llvm.global_ctors", "llvm.global_dtors"};
  for (int k = 0; k < 2; k++) {
    LLVMValueRef g = LLVMGetNamedGlobal(m, lists[k]);
    if (g) LLVMDeleteGlobal(g);
  }
}

static bool compile_kernels(uk_context *ctx, void *arg, uk_output *out) {
  uk_codegen_job *j = arg;
  uk_target_stats *st = uk_stats_for(ctx, j->t->triple);
  LLVMTargetMachineRef tm = uk_target_machine(ctx, j->t);
  if (!tm) return false;
  bool ok = uk_set_data_layout(ctx, j->in, j->t, tm, j->m);
  uk_blame who = {j->in, j->t, NULL};
  /* Constructors are the shells': each output runs its own input's once. A
   * copy here (link clones an input to take its kernel bodies) would run in
   * every output. */
  drop_structors(j->m);
  double t0 = uk_now();
  ok = ok && uk_optimize(ctx, j->m, tm, &who);
  ctx->stage_seconds[UK_STAGE_OPTIMIZE] += uk_now() - t0;
  t0 = uk_now();
  if (ok && !ctx->opts.no_dedupe) st->merged_after_opt = uk_dedupe_second_round(ctx, j->t->triple, j->m);
  ctx->stage_seconds[UK_STAGE_DEDUPE_OPT] += uk_now() - t0;
  if (ok) st->functions_compiled += uk_count_definitions(j->m, &st->ir_instructions_compiled);
  split_sections(j->m);
  t0 = uk_now();
  uk_buf obj = {0};
  ok = ok && uk_emit_machine_code(ctx, tm, j->m, LLVMObjectFile, &obj, &who);
  if (ok) {
    out->tmp_path = uk_format("%s/kernels.%u.o", j->tmp_dir, j->k);
    ok = uk_write_file(ctx, out->tmp_path, &obj);
  }
  uk_buf_free(&obj);
  double dt = uk_now() - t0;
  st->codegen_seconds += dt;
  ctx->stage_seconds[UK_STAGE_CODEGEN] += dt;
  LLVMDisposeTargetMachine(tm);
  return ok;
}

/* Compiles shell i and links its output; false with a diagnostic naming
 * the shell's input. */
static bool compile_shell(uk_context *ctx, LLVMTargetMachineRef tm, const uk_inputs *in, const uk_target *t,
                          const uk_shell *sh, const char *input, const char *kernels_o, const char *tmp_dir,
                          uint32_t k, uint32_t i, uk_output *out, uint32_t *compiled) {
  LLVMModuleRef m = sh->module;
  uk_blame who = {in, t, input};
  bool ok = uk_set_data_layout(ctx, in, t, tm, m);
  ok = ok && uk_optimize(ctx, m, tm, &who);
  uint64_t ignored = 0;
  if (ok) *compiled = uk_count_definitions(m, &ignored);
  uk_buf obj = {0};
  ok = ok && uk_lower_structors(ctx, m, &who) && uk_emit_machine_code(ctx, tm, m, LLVMObjectFile, &obj, &who);
  char *obj_path = uk_format("%s/%u.%u.o", tmp_dir, k, i);
  char *so_path = uk_format("%s/%u.%u.so", tmp_dir, k, i);
  ok = ok && uk_write_file(ctx, obj_path, &obj);
  uk_buf_free(&obj);
  if (ok) {
    /* Merged names reach their kernels through the shell's own calls and
     * thunks (see link), so the link needs no symbol definitions of its own:
     * any name LLVM allows works. */
    const char *inputs[] = {obj_path, kernels_o};
    const char *extra[] = {"--gc-sections"};
    ok = uk_lld_shared(ctx, t->triple, so_path, inputs, 2, extra, 1, input, NULL, NULL);
  }
  unlink(obj_path);
  free(obj_path);
  if (ok) out->tmp_path = so_path;
  else free(so_path);
  return ok;
}

/* A worker's record per shell: [u32 i][u8 ok][u32 compiled][diagnostics],
 * every diagnostic with its severity. */
static void put_record(uk_buf *b, uint32_t i, bool ok, uint32_t compiled, const uk_context *ctx, size_t diags0) {
  uk_buf_put(b, &i, sizeof i);
  uk_buf_u8(b, ok);
  uk_buf_put(b, &compiled, sizeof compiled);
  uk_put_diags(b, ctx, diags0);
}

typedef struct shells_job {
  uk_context *ctx;
  const uk_inputs *in;
  const uk_target *t;
  const uk_linked_target *lt;
  const char *kernels_o, *tmp_dir;
  uint32_t k;
  uk_output *items;
  uint32_t stride;
} shells_job;

/* Worker w compiles shells w, w+J, ... and writes one record for each. */
static int shells_main(uint32_t w, int fd, void *arg) {
  shells_job *j = arg;
  uk_context *ctx = j->ctx;
  LLVMTargetMachineRef tm = uk_target_machine(ctx, j->t);
  if (!tm) return 3;
  for (uint32_t i = w; i < j->lt->num_shells; i += j->stride) {
    size_t diags0 = ctx->num_diags;
    uint32_t compiled = 0;
    bool one = compile_shell(ctx, tm, j->in, j->t, &j->lt->shells[i], j->in->modules[j->t->modules[i]].path,
                             j->kernels_o, j->tmp_dir, j->k, i, &j->items[i], &compiled);
    uk_buf rec = {0};
    put_record(&rec, i, one, compiled, ctx, diags0);
    bool written = uk_write_all(fd, rec.data, rec.len);
    uk_buf_free(&rec);
    if (!written) return 3;
  }
  return 0;
}

static bool compile_shells(uk_context *ctx, const uk_inputs *in, const uk_target *t, const uk_linked_target *lt,
                           const char *kernels_o, const char *tmp_dir, uint32_t k, uk_output *items) {
  uk_target_stats *st = uk_stats_for(ctx, t->triple);
  uint32_t n = lt->num_shells;
  double t0 = uk_now();
  if (!ctx->opts.isolate) {
    LLVMTargetMachineRef tm = uk_target_machine(ctx, t);
    bool ok = tm != NULL;
    for (uint32_t i = 0; i < n && ok; i++) {
      uint32_t compiled = 0;
      ok = compile_shell(ctx, tm, in, t, &lt->shells[i], in->modules[t->modules[i]].path, kernels_o, tmp_dir, k, i,
                         &items[i], &compiled);
      st->functions_compiled += compiled;
    }
    if (tm) LLVMDisposeTargetMachine(tm);
    st->codegen_seconds += uk_now() - t0;
    ctx->stage_seconds[UK_STAGE_CODEGEN] += uk_now() - t0;
    return ok;
  }

  uint32_t jobs = uk_jobs(ctx);
  if (jobs > n) jobs = n;
  pid_t *pids = uk_xcalloc(jobs, sizeof *pids);
  int *fds = uk_xcalloc(jobs, sizeof *fds);
  shells_job sj = {ctx, in, t, lt, kernels_o, tmp_dir, k, items, jobs};
  uint32_t started = uk_start_workers(ctx, jobs, shells_main, &sj, pids, fds);
  bool ok = started == jobs;
  /* All workers' records, read at once so that none blocks. */
  uk_buf *recs = uk_xcalloc(started, sizeof *recs);
  double *ends = uk_xcalloc(started, sizeof *ends);
  uk_drain_pipes(fds, recs, started, ends, NULL, NULL);
  uk_trace_workers(ctx, "compile and link shells", started, t0, ends);
  free(ends);
  bool *done = uk_xcalloc(n, sizeof *done);
  for (uint32_t w = 0; w < started; w++) {
    uk_buf b = recs[w];
    close(fds[w]);
    int status = uk_wait(pids[w]);
    const char *fatal = uk_last_fatal_reason();
    uk_reader r = {b.data, b.data + b.len, false};
    while (r.p < r.end && !r.bad) {
      uint32_t i = 0, compiled = 0;
      const uint8_t *p = uk_read_bytes(&r, sizeof i);
      if (p) memcpy(&i, p, sizeof i);
      bool one = uk_read_u8(&r);
      p = uk_read_bytes(&r, sizeof compiled);
      if (p) memcpy(&compiled, p, sizeof compiled);
      uk_take_diags(ctx, &r);
      if (r.bad || i >= n) break;
      done[i] = true;
      st->functions_compiled += compiled;
      if (one) items[i].tmp_path = uk_format("%s/%u.%u.so", tmp_dir, k, i);
      else ok = false;
    }
    uk_buf_free(&b);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      uint32_t culprit = w;
      while (culprit < n && done[culprit]) culprit += jobs;
      uk_error(ctx, culprit < n ? in->modules[t->modules[culprit]].path : NULL, NULL,
               "code generation for %s failed in LLVM (%s): this input uses something the target cannot compile",
               t->triple, fatal ? fatal : WIFSIGNALED(status) ? strsignal(WTERMSIG(status)) : "exit status");
      ok = false;
    }
  }
  free(done);
  free(recs);
  free(pids);
  free(fds);
  st->codegen_seconds += uk_now() - t0;
  ctx->stage_seconds[UK_STAGE_CODEGEN] += uk_now() - t0;
  return ok;
}

bool uk_codegen_per_input(uk_context *ctx, const uk_inputs *in, const uk_target *t, const uk_linked_target *lt,
                          const char *tmp_dir, uint32_t k, uk_output *items) {
  uk_codegen_job job = {in, t, lt->module, tmp_dir, k};
  uk_output kernels = {0};
  bool ok = ctx->opts.isolate ? uk_run_isolated(ctx, in, t, compile_kernels, &job, &kernels)
                              : compile_kernels(ctx, &job, &kernels);
  ok = ok && compile_shells(ctx, in, t, lt, kernels.tmp_path, tmp_dir, k, items);
  free(kernels.tmp_path);
  return ok;
}
