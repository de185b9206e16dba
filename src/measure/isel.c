/* --measure-isel: the instruction selection time of each target's
 * compilation, with and without dedupe.
 *
 * "With" is the optimized module codegen compiles (all its parts where it
 * was split; with --out-dir, the kernels module). "Without" is the same
 * inputs through the same stages with dedupe off: dedupe, link, generate and
 * optimize again, in a context of its own, so that their statistics stay out
 * of the run's report.
 *
 * LLVM reports pass times (-time-passes) only at LLVMShutdown, for the whole
 * process, and the timers slow code generation down: so each measurement
 * emits its module in a child process of its own, with the timers on, and
 * shuts LLVM down with its standard error in an anonymous memory file
 * (memfd: no path anyone can see or race). LLVM offers its timers only as
 * that text table: the ISel pass's row is read from it. */
#include "measure/measure.h"

#include <llvm-c/Support.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static const char *isel_pass_name(const char *triple) {
  if (!strncmp(triple, "aarch64", 7)) return "AArch64 Instruction Selection";
  if (!strncmp(triple, "riscv", 5)) return "RISC-V DAG->DAG Pattern Instruction Selection";
  return "X86 DAG->DAG Instruction Selection";
}

/* The wall time of pass `name` in a -time-passes report: the last number
 * outside parentheses before the name, on its line. */
static double report_seconds(const char *report, const char *name) {
  const char *at = strstr(report, name);
  if (!at) return -1;
  const char *line = at;
  while (line > report && line[-1] != '\n') line--;
  double last = -1;
  int depth = 0;
  for (const char *p = line; p < at; p++) {
    if (*p == '(') depth++;
    else if (*p == ')') depth--;
    else if (!depth && ((*p >= '0' && *p <= '9') || *p == '.') && (p == line || p[-1] == ' ')) {
      char *end;
      double v = strtod(p, &end);
      if (end > p) {
        last = v;
        p = end - 1;
      }
    }
  }
  return last;
}

typedef struct job {
  const uk_inputs *in;
  const uk_optimized *opt[2]; /* with dedupe, without */
  double (*figures)[4];       /* per target: isel, codegen with; isel, codegen without */
  uint32_t item;              /* the measurement under way */
} job;

/* Item 2k + b: target k's unit 0 of opt[b], emitted with the pass timers on.
 * Its result: [f64 isel][f64 emit seconds]. */
static bool measure(uk_context *wctx, uint32_t i, uk_buf *out, void *arg) {
  const job *j = arg;
  uint32_t item = j->item + i, k = item / 2, b = item % 2;
  const uk_target *t = &j->in->targets[k];
  const uk_optimized *opt = j->opt[b];
  /* a split module's parts all count; with --out-dir the kernels only */
  uint32_t units = opt->targets[k].num_kernel_units;
  const char *argv[] = {"uklink", "-time-passes"};
  LLVMParseCommandLineOptions(2, argv, NULL);
  char *error = NULL;
  LLVMTargetMachineRef tm = uk_target_machine(t->triple, t->cpu, t->features, wctx->opts.opt_level, &error);
  uk_blame who = {j->in, t, NULL};
  bool ok = tm != NULL;
  double emit = 0;
  for (uint32_t u = 0; u < units && ok; u++) {
    uk_llvm_ctx *own; /* the process ends: nothing to dispose */
    LLVMModuleRef m = uk_unit_module(&opt->targets[k].units[u], &own, &error);
    double t0 = uk_now();
    uk_buf obj = {0};
    ok = m && (opt->per_input || uk_lower_structors(wctx, m, &who));
    ok = ok && uk_blame_step(wctx, &who, "code generation", m, uk_emit_machine_code(tm, m, LLVMObjectFile, &obj));
    emit += uk_now() - t0;
  }
  if (error) uk_error(wctx, NULL, NULL, "%s", error);
  if (!ok) return false; /* the process ends: nothing to dispose */
  int fd = memfd_create("uklink-time-passes", 0);
  if (fd < 0 || dup2(fd, 2) < 0) return false;
  LLVMShutdown();
  off_t size = lseek(fd, 0, SEEK_END);
  char *text = uk_xcalloc((size_t)(size > 0 ? size : 0) + 1, 1);
  bool read_all = size > 0 && pread(fd, text, (size_t)size, 0) == size;
  double isel = read_all ? report_seconds(text, isel_pass_name(t->triple)) : -1;
  uk_buf_put(out, &isel, sizeof isel);
  uk_buf_put(out, &emit, sizeof emit);
  return isel >= 0;
}

static void take_figures(uk_context *ctx, uint32_t i, bool ok, uk_buf *result, void *arg) {
  job *j = arg;
  uint32_t item = j->item + i, k = item / 2, b = item % 2;
  double r[2];
  if (!ok || result->len != sizeof r) {
    uk_error(ctx, NULL, NULL, "--measure-isel: measuring %s failed", j->in->targets[k].triple);
    return;
  }
  memcpy(r, result->data, sizeof r);
  j->figures[k][2 * b] = r[0];
  j->figures[k][2 * b + 1] = r[1];
}

static void measure_died(uk_context *ctx, uint32_t i, const char *why, void *arg) {
  job *j = arg;
  uint32_t item = j->item + i;
  uk_error(ctx, NULL, NULL, "--measure-isel: measuring %s failed (LLVM: %s)", j->in->targets[item / 2].triple, why);
}

/* The same inputs through dedupe (off), link, generate and optimize, with the
 * run's options and host. */
static uk_optimized *without_dedupe(uk_context *ctx, const uk_inputs *in) {
  uk_context base = {.opts = ctx->opts, .host = ctx->host};
  base.opts.no_dedupe = true;
  base.opts.time_trace = false;
  uk_plan *plan = uk_dedupe(&base, in);
  uk_linked *linked = uk_link(&base, in, plan);
  uk_tiles *tiles = uk_generate(&base, in, linked);
  uk_optimized *o = uk_optimize(&base, in, linked, tiles);
  uk_tiles_free(tiles);
  uk_linked_free(linked);
  uk_plan_free(plan);
  /* only what went wrong is the run's */
  if (!o) uk_move_diags(ctx, &base);
  uk_context_clear(&base);
  return o;
}

bool uk_measure_isel(uk_context *ctx, const uk_inputs *inputs, const uk_optimized *optimized) {
  if (!inputs || !optimized) return false;
  double t0 = uk_now();
  uk_optimized *plain = without_dedupe(ctx, inputs);
  uk_trace(ctx, "link without dedupe", t0, uk_now(), 0);
  if (!plain) return false;
  job j = {inputs, {optimized, plain}, uk_xcalloc(inputs->num_targets + 1, sizeof *j.figures), 0};
  /* One at a time, so that a measurement shares the machine with nothing;
   * the first that fails ends them. */
  uk_map m = {.name = "measure ISel",
              .n = 1,
              .mode = UK_MAP_PROCESSES,
              .run = measure,
              .take = take_figures,
              .died = measure_died,
              .arg = &j};
  bool ok = true;
  for (j.item = 0; j.item < 2 * inputs->num_targets && ok; j.item++) ok = uk_map_run(ctx, &m);
  for (uint32_t k = 0; k < inputs->num_targets && ok; k++) {
    uk_target_stats *st = uk_stats_for(ctx, inputs->targets[k].triple);
    st->isel_seconds = j.figures[k][0];
    st->codegen_seconds_measured = j.figures[k][1];
    st->isel_seconds_without_dedupe = j.figures[k][2];
    st->codegen_seconds_without_dedupe = j.figures[k][3];
    st->isel_measured = true;
  }
  free(j.figures);
  uk_optimized_free(plain);
  return ok;
}
