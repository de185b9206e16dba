/* --measure-isel: the instruction selection time of each target's
 * compilation, with and without dedupe.
 *
 * LLVM reports pass times (-time-passes) only at LLVMShutdown, for the whole
 * process, and the timers slow code generation down: so each measurement runs
 * in a child process of its own. The child turns the timers on, compiles the
 * target exactly as codegen does (O-level pipeline, the second dedupe round,
 * one emission), shuts LLVM down with its standard error in a file, reads
 * the ISel row of the report and sends the figures back. The baseline child first redoes dedupe, link and generate
 * with dedupe off, on the same inputs. Normal runs never pay for this. */
#include "codegen/codegen.h"

#include <llvm-c/Core.h>
#include <llvm-c/Support.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/wait.h>
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

static double seconds_from(const char *path, const char *name) {
  uk_buf b = {0};
  FILE *f = fopen(path, "rb");
  if (!f) return -1;
  char chunk[4096];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) uk_buf_put(&b, chunk, n);
  fclose(f);
  uk_buf_u8(&b, 0);
  double s = report_seconds((const char *)b.data, name);
  uk_buf_free(&b);
  return s;
}

typedef struct measure_job {
  uk_context *ctx;
  const uk_inputs *in;
  uk_linked *linked;   /* the deduplicated modules, not yet compiled */
  uint32_t k;
  bool baseline;
  const char *dir;     /* for the report and the throwaway output */
} measure_job;

/* The child's answer: [u8 ok][f64 isel][f64 codegen][diagnostics]. */
static int answer(int fd, const uk_context *ctx, size_t diags0, bool ok, double isel, double codegen) {
  uk_buf b = {0};
  uk_buf_u8(&b, ok);
  uk_buf_put(&b, &isel, sizeof isel);
  uk_buf_put(&b, &codegen, sizeof codegen);
  uk_put_diags(&b, ctx, diags0);
  bool written = uk_write_all(fd, b.data, b.len);
  uk_buf_free(&b);
  return written ? 0 : 3;
}

/* In the child: compile target k with the pass timers on, then send back
 * the ISel and codegen seconds, or why it failed. */
static int measure_main(uint32_t w, int fd, void *arg) {
  (void)w;
  measure_job *j = arg;
  uk_context *ctx = j->ctx;
  size_t diags0 = ctx->num_diags;
  const uk_target *t = &j->in->targets[j->k];
  char *report = uk_format("%s/time-passes.%u.%d.txt", j->dir, j->k, j->baseline);
  const char *argv[] = {"uklink", "-time-passes"};
  LLVMParseCommandLineOptions(2, argv, NULL);
  LLVMModuleRef m = j->linked->targets[j->k].module;
  if (j->baseline) {
    /* the same inputs, linked without dedupe */
    ctx->opts.no_dedupe = true;
    uk_linked *plain = uk_generate(ctx, uk_link(ctx, j->in, uk_dedupe(ctx, j->in)));
    if (!plain) return answer(fd, ctx, diags0, false, 0, 0);
    m = plain->targets[j->k].module;
  }
  uk_target_stats *st = uk_stats_for(ctx, t->triple);
  double before = st->codegen_seconds;
  uk_output out = {0};
  if (!uk_codegen_target(ctx, j->in, t, m, j->dir, j->k, &out)) return answer(fd, ctx, diags0, false, 0, 0);
  double codegen = st->codegen_seconds - before;
  /* The report goes to standard error at shutdown (-info-output-file did
   * not take effect through the C API): point it at the report file. */
  int rfd = open(report, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  if (rfd < 0 || dup2(rfd, 2) < 0) return 3;
  LLVMShutdown();
  double isel = seconds_from(report, isel_pass_name(t->triple));
  /* its diagnostics repeat the run's own: only a failure's are sent */
  return answer(fd, ctx, ctx->num_diags, true, isel, codegen);
}

bool uk_measure_isel(uk_context *ctx, const uk_inputs *in, uk_linked *linked) {
  if (!linked) return false;
  char dir[] = "/tmp/uklink-isel-XXXXXX";
  if (!mkdtemp(dir)) {
    uk_error(ctx, NULL, NULL, "--measure-isel: cannot create a temporary directory");
    return false;
  }
  bool ok = true;
  for (uint32_t k = 0; k < in->num_targets && ok; k++) {
    for (int baseline = 0; baseline <= 1 && ok; baseline++) {
      measure_job j = {ctx, in, linked, k, baseline, dir};
      pid_t pid;
      int fd;
      if (uk_start_workers(ctx, 1, measure_main, &j, &pid, &fd) != 1) {
        ok = false;
        break;
      }
      uk_buf b = {0};
      double t0 = uk_now(), end = t0;
      uk_drain_pipes(&fd, &b, 1, &end, NULL, NULL);
      uk_trace(ctx, baseline ? "measure ISel without dedupe" : "measure ISel", t0, end, 1);
      close(fd);
      int status = uk_wait(pid);
      double r[2];
      uk_reader rd = {b.data, b.data + b.len, false};
      bool measured = uk_read_u8(&rd);
      const uint8_t *figures = uk_read_bytes(&rd, sizeof r);
      if (figures) memcpy(r, figures, sizeof r);
      uk_take_diags(ctx, &rd); /* why it failed, each with its severity */
      if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || rd.bad || !measured) {
        const char *fatal = uk_last_fatal_reason();
        uk_error(ctx, NULL, NULL, "--measure-isel: measuring %s failed%s%s%s", in->targets[k].triple,
                 fatal ? " (LLVM: " : "", fatal ? fatal : "", fatal ? ")" : "");
        ok = false;
      } else {
        uk_target_stats *st = uk_stats_for(ctx, in->targets[k].triple);
        if (baseline) {
          st->isel_seconds_without_dedupe = r[0];
          st->codegen_seconds_without_dedupe = r[1];
        } else {
          st->isel_seconds = r[0];
          st->codegen_seconds_measured = r[1];
        }
        st->isel_measured = true;
      }
      uk_buf_free(&b);
    }
  }
  uk_remove_tree(dir);
  return ok;
}
