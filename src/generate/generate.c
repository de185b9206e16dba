/* generate: linked modules -> the same, with every ukernel tile they call
 * defined.
 *
 * What to generate is read off the modules: function declarations whose
 * names parse under the ukernel grammar (docs/ukernels.md) and that no
 * library defined, whether the inputs declared them or link specialized a
 * constant iree_uk_mmt4d call to them. Each distinct tile is generated once
 * per target, in -j workers (processes when isolating, each with its own
 * LLVMContext). Worker w takes the w-th contiguous block of the sorted names
 * and builds them into one module, verified and sent back as bitcode; the
 * parent links the blocks in worker order, so the module's function order is
 * the names' whatever -j is. (One module per tile would make linking
 * quadratic: the IR mover walks the whole destination on every link.) The
 * tiles are internal and noinline like the prebuilt ones (hidden with
 * --out-dir).
 *
 * After this stage no module references a ukernel tile it does not define;
 * a name that parses but cannot be generated is an error naming the inputs
 * that reference it. */
#include "codegen/codegen.h"

#include <llvm-c/Analysis.h>
#include <llvm-c/BitWriter.h>
#include <llvm-c/Linker.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

typedef struct tile_job {
  char **names;
  uk_mmt4d_name *parsed;
  uint32_t n;
  const char *triple;
  const char *tune_cpu; /* the target's CPU: the tiles are tuned for it */
  uint32_t blocks;      /* = workers */
  uk_buf *out;          /* bitcode per block */
  atomic_uint next;     /* threads: the next block */
} tile_job;

static uint32_t block_start(const tile_job *j, uint32_t w) { return (uint32_t)((uint64_t)j->n * w / j->blocks); }

/* Block w's tiles in one module of a context of its own, verified, as
 * bitcode (left empty if verification fails: an internal error). */
static void generate_block(const tile_job *j, uint32_t w, uk_buf *out) {
  LLVMContextRef c = uk_llvm_context(NULL);
  LLVMModuleRef m = LLVMModuleCreateWithNameInContext("uklink.generated", c);
  LLVMSetTarget(m, j->triple);
  for (uint32_t i = block_start(j, w); i < block_start(j, w + 1); i++) uk_generate_tile(m, &j->parsed[i], j->names[i], j->tune_cpu);
  char *msg = NULL;
  if (LLVMVerifyModule(m, LLVMReturnStatusAction, &msg) == 0) {
    LLVMMemoryBufferRef mb = LLVMWriteBitcodeToMemoryBuffer(m);
    uk_buf_put(out, LLVMGetBufferStart(mb), LLVMGetBufferSize(mb));
    LLVMDisposeMemoryBuffer(mb);
  }
  LLVMDisposeMessage(msg);
  LLVMDisposeModule(m);
  LLVMContextDispose(c);
}

static int worker_main(uint32_t w, int fd, void *arg) {
  uk_buf bc = {0};
  generate_block(arg, w, &bc);
  bool ok = uk_write_all(fd, bc.data, bc.len);
  uk_buf_free(&bc);
  return ok ? 0 : 3;
}

static void *thread_main(void *arg) {
  tile_job *j = arg;
  for (uint32_t w; (w = atomic_fetch_add(&j->next, 1)) < j->blocks;) generate_block(j, w, &j->out[w]);
  return NULL;
}

/* Fills out[w] with block w's bitcode. */
static void generate_all(uk_context *ctx, tile_job *j) {
  if (!ctx->opts.isolate) {
    pthread_t *th = uk_xcalloc(j->blocks, sizeof *th);
    uint32_t started = 0;
    for (uint32_t t = 1; t < j->blocks; t++)
      if (pthread_create(&th[t], NULL, thread_main, j) == 0) started = t;
    thread_main(j);
    for (uint32_t t = 1; t <= started; t++) pthread_join(th[t], NULL);
    free(th);
    return;
  }
  pid_t *pids = uk_xcalloc(j->blocks, sizeof *pids);
  int *fds = uk_xcalloc(j->blocks, sizeof *fds);
  double t0 = uk_now();
  uint32_t started = uk_start_workers(ctx, j->blocks, worker_main, j, pids, fds);
  double *ends = uk_xcalloc(started, sizeof *ends);
  uk_drain_pipes(fds, j->out, started, ends, NULL, NULL);
  uk_trace_workers(ctx, "generate ukernels", started, t0, ends);
  free(ends);
  for (uint32_t w = 0; w < started; w++) {
    close(fds[w]);
    int status = uk_wait(pids[w]);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) uk_buf_free(&j->out[w]); /* reported as invalid */
  }
  free(pids);
  free(fds);
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The inputs of target t that declare name, for the error message. */
static char *referencing_inputs(const uk_inputs *in, const uk_target *t, const char *name) {
  uk_buf b = {0};
  uint32_t found = 0;
  for (uint32_t i = 0; i < t->num_modules; i++) {
    const uk_module *m = &in->modules[t->modules[i]];
    for (uint32_t f = 0; f < m->num_fns; f++)
      if (!m->fns[f].is_definition && !strcmp(m->fns[f].name, name)) {
        if (found++ < 3) {
          if (b.len) uk_buf_put(&b, ", ", 2);
          uk_buf_put(&b, m->path, strlen(m->path));
        }
        break;
      }
  }
  if (found > 3) {
    char more[32];
    int n = snprintf(more, sizeof more, " and %u more", found - 3);
    uk_buf_put(&b, more, (size_t)n);
  }
  if (!found) uk_buf_put(&b, "a specialized iree_uk_mmt4d call", 32);
  uk_buf_u8(&b, 0);
  return (char *)b.data;
}

static bool generate_target(uk_context *ctx, const uk_inputs *in, const uk_target *t, uk_linked_target *lt) {
  char *arch = uk_triple_arch(t->triple);
  /* the undefined tiles of the kernels module and, with --out-dir, shells */
  char **names = NULL;
  uint32_t n = 0;
  for (uint32_t mi = 0; mi <= lt->num_shells; mi++) {
    LLVMModuleRef m = mi == 0 ? lt->module : lt->shells[mi - 1].module;
    for (LLVMValueRef f = LLVMGetFirstFunction(m); f; f = LLVMGetNextFunction(f)) {
      size_t len;
      const char *name = LLVMGetValueName2(f, &len);
      uk_mmt4d_name parsed;
      if (!LLVMIsDeclaration(f) || !uk_parse_mmt4d_name(name, &parsed)) continue;
      if (mi > 0) {
        LLVMValueRef k = LLVMGetNamedFunction(lt->module, name);
        if (k && !LLVMIsDeclaration(k)) continue; /* the kernels module has it */
      }
      names = uk_xrealloc(names, (n + 1) * sizeof *names);
      names[n++] = uk_xstrdup(name);
    }
  }
  if (n) qsort(names, n, sizeof *names, cmp_str);
  uint32_t u = 0;
  for (uint32_t i = 0; i < n; i++) {
    if (u && !strcmp(names[u - 1], names[i])) free(names[i]);
    else names[u++] = names[i];
  }
  n = u;

  bool ok = true;
  uint32_t jobs = uk_jobs(ctx);
  tile_job job = {.names = names, .n = n, .triple = t->triple, .tune_cpu = t->cpu, .blocks = n < jobs ? n : jobs};
  job.parsed = uk_xcalloc(n, sizeof *job.parsed);
  for (uint32_t i = 0; i < n; i++) {
    char why[96] = "";
    uk_parse_mmt4d_name(names[i], &job.parsed[i]);
    if (strcmp(job.parsed[i].arch, arch) != 0) snprintf(why, sizeof why, "it is for %s, not %s", job.parsed[i].arch, arch);
    if (*why || !uk_tile_generatable(&job.parsed[i], why, sizeof why)) {
      char *refs = referencing_inputs(in, t, names[i]);
      uk_error(ctx, NULL, names[i], "ukernel neither found nor generated (%s); referenced by %s", why, refs);
      free(refs);
      ok = false;
    }
  }
  job.out = uk_xcalloc(job.blocks, sizeof *job.out);
  atomic_init(&job.next, 0);
  if (ok && n) generate_all(ctx, &job);

  unsigned kind = LLVMGetEnumAttributeKindForName("noinline", 8);
  LLVMAttributeRef noinline = LLVMCreateEnumAttribute(lt->llctx, kind, 0);
  bool per_input = lt->num_shells > 0;
  /* every block that failed, not only the first */
  for (uint32_t w = 0; w < job.blocks && ok && n; w++)
    if (!job.out[w].len) uk_error(ctx, NULL, names[block_start(&job, w)], "internal error: generating this ukernel failed");
  for (uint32_t w = 0; w < job.blocks && ok; w++) ok = job.out[w].len > 0;
  for (uint32_t w = 0; w < job.blocks && ok; w++) {
    uk_buf_u8(&job.out[w], 0); /* uk_parse wants a NUL after the bytes */
    job.out[w].len--;
    char *error = NULL;
    LLVMModuleRef m = uk_parse(lt->llctx, &job.out[w], "uklink.generated", &error);
    if (!m) {
      uk_error(ctx, NULL, names[block_start(&job, w)], "internal error: %s", error);
      free(error);
      ok = false;
      break;
    }
    LLVMSetDataLayout(m, LLVMGetDataLayoutStr(lt->module));
    if (LLVMLinkModules2(lt->module, m)) { /* destroys m */
      uk_error(ctx, NULL, names[block_start(&job, w)], "cannot link the generated ukernels: %s",
               lt->lldiags.first_error ? lt->lldiags.first_error : "");
      ok = false;
    }
  }
  for (uint32_t i = 0; i < n && ok; i++) {
    LLVMValueRef f = LLVMGetNamedFunction(lt->module, names[i]);
    LLVMSetLinkage(f, per_input ? LLVMExternalLinkage : LLVMInternalLinkage);
    LLVMSetVisibility(f, per_input ? LLVMHiddenVisibility : LLVMDefaultVisibility);
    LLVMAddAttributeAtIndex(f, LLVMAttributeFunctionIndex, noinline);
  }
  uk_stats_for(ctx, t->triple)->ukernels_generated += ok ? n : 0;
  for (uint32_t i = 0; i < n; i++) free(names[i]);
  for (uint32_t w = 0; w < job.blocks; w++) uk_buf_free(&job.out[w]);
  free(names);
  free(job.parsed);
  free(job.out);
  free(arch);
  return ok;
}

uk_linked *uk_generate(uk_context *ctx, uk_linked *linked) {
  if (!linked) return NULL;
  double t0 = uk_now();
  bool ok = true;
  for (uint32_t k = 0; k < linked->num_targets && ok; k++)
    ok = generate_target(ctx, linked->inputs, &linked->inputs->targets[k], &linked->targets[k]);
  ctx->stage_seconds[UK_STAGE_GENERATE] += uk_now() - t0;
  uk_trace(ctx, "generate", t0, uk_now(), 0);
  if (!ok) {
    uk_linked_free(linked);
    return NULL;
  }
  return linked;
}
