/* write: outputs -> files, atomically. Codegen wrote every output into a
 * temporary directory beside its final path; only when all are complete are
 * they put in place, together with the report and the time trace: all of
 * them, or none.
 *
 * Putting in place is a rename, after a hard link of the file it replaces has
 * been kept as a backup: if a later rename fails, the earlier ones are undone
 * (the backups renamed back, new files removed). A path that exists and is
 * not a regular file (a character device such as /dev/null, a FIFO) is never
 * renamed over: the output is written into it, after every rename succeeded.
 * SIGINT, SIGTERM and SIGHUP are blocked in the calling thread meanwhile. A
 * mask is per thread, and another thread (lld's, in-process) may take the
 * signal: a program that ends on signals holds them itself while uk_write
 * runs, as the CLI does (tools/uklink.c), so that a signal never stops the
 * commit half-way.
 *
 * Directories uklink makes for its outputs are recorded, and removed again
 * (if empty) when the run fails. */
#include "write/write.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

static void record_dir(uk_outputs *outs, const char *dir) {
  outs->created_dirs = uk_xrealloc(outs->created_dirs, (outs->num_created_dirs + 1) * sizeof *outs->created_dirs);
  outs->created_dirs[outs->num_created_dirs++] = uk_xstrdup(dir);
}

/* mkdir of one directory: true if it is one now (made or there before). */
static bool make_one_dir(uk_context *ctx, uk_outputs *outs, const char *dir) {
  if (mkdir(dir, 0777) == 0) {
    record_dir(outs, dir);
    return true;
  }
  int err = errno;
  struct stat st;
  if (err == EEXIST && stat(dir, &st) == 0 && S_ISDIR(st.st_mode)) return true;
  uk_error(ctx, dir, NULL, "cannot create output directory: %s", strerror(err == EEXIST ? ENOTDIR : err));
  return false;
}

bool uk_make_dirs(uk_context *ctx, uk_outputs *outs, const char *dir) {
  char *copy = uk_xstrdup(dir);
  bool ok = true;
  for (char *p = copy + 1; *p && ok; p++) {
    if (*p != '/' || p[-1] == '/') continue;
    *p = 0;
    ok = make_one_dir(ctx, outs, copy);
    *p = '/';
  }
  ok = ok && make_one_dir(ctx, outs, copy);
  free(copy);
  return ok;
}

char *uk_normalize_path(const char *path) {
  char *abs;
  if (path[0] == '/') {
    abs = uk_xstrdup(path);
  } else {
    char *cwd = getcwd(NULL, 0);
    abs = uk_format("%s/%s", cwd ? cwd : ".", path);
    free(cwd);
  }
  /* components, "." and ".." resolved as text (no symbolic links followed:
   * this names outputs, it does not find files) */
  char *out = uk_xmalloc(strlen(abs) + 2);
  size_t n = 0;
  for (char *p = abs; *p;) {
    while (*p == '/') p++;
    char *end = p;
    while (*end && *end != '/') end++;
    size_t len = (size_t)(end - p);
    if (len == 0 || (len == 1 && p[0] == '.')) {
      /* nothing */
    } else if (len == 2 && p[0] == '.' && p[1] == '.') {
      while (n && out[n - 1] != '/') n--;
      if (n) n--;
    } else {
      out[n++] = '/';
      memcpy(out + n, p, len);
      n += len;
    }
    p = end;
  }
  if (!n) out[n++] = '/';
  out[n] = 0;
  free(abs);
  return out;
}

/* Is path standard output, or an existing file that is not renamed over (a
 * device, a FIFO)? */
static bool written_into(const char *path) {
  struct stat st;
  return !strcmp(path, "-") || (stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode));
}

bool uk_make_tmp_dir(uk_context *ctx, uk_outputs *outs) {
  /* Beside the first output that will be renamed; with none (-o /dev/null)
   * anywhere: $TMPDIR. */
  uint32_t first = 0;
  while (first < outs->num_items && written_into(outs->items[first].path)) first++;
  const char *tmpdir = getenv("TMPDIR");
  char *copy = uk_xstrdup(first < outs->num_items ? outs->items[first].path : "");
  char *dir = first < outs->num_items ? uk_xstrdup(dirname(copy)) : uk_xstrdup(tmpdir && *tmpdir ? tmpdir : "/tmp");
  free(copy);
  struct stat st;
  if (stat(dir, &st) != 0 && outs->num_items > 1 && !ctx->opts.out_dir && !make_one_dir(ctx, outs, dir)) {
    free(dir);
    return false;
  }
  char *tmpl = uk_format("%s/.uklink-XXXXXX", dir);
  if (!mkdtemp(tmpl)) {
    uk_error(ctx, outs->items[0].path, NULL, "cannot write output: %s", strerror(errno));
    free(tmpl);
    free(dir);
    return false;
  }
  free(dir);
  outs->tmp_dir = tmpl;
  /* From here a signal handler can find what to remove. */
  outs->ctx = ctx;
  atomic_store(&ctx->live_outputs, outs);
  return true;
}

/* With only async-signal-safe calls (no malloc, no stdio), so that a signal
 * handler can use it too (uk_cleanup_after_signal). */
static void remove_tree(const char *dir) {
  int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    _Alignas(8) char buf[4096];
    long n;
    while ((n = syscall(SYS_getdents64, fd, buf, sizeof buf)) > 0) {
      for (long off = 0; off < n;) {
        /* struct linux_dirent64: u64 ino, s64 off, u16 reclen, u8 type, name */
        unsigned short reclen;
        memcpy(&reclen, buf + off + 16, sizeof reclen);
        const char *name = buf + off + 19;
        if (strcmp(name, ".") && strcmp(name, "..")) unlinkat(fd, name, 0);
        off += reclen;
      }
    }
    close(fd);
  }
  rmdir(dir);
}

void uk_cleanup_after_signal(uk_context *ctx) {
  int saved = errno;
  uk_kill_workers();
  uk_outputs *outs = ctx ? atomic_exchange(&ctx->live_outputs, NULL) : NULL;
  if (outs) {
    if (outs->tmp_dir) remove_tree(outs->tmp_dir);
    for (uint32_t i = outs->num_created_dirs; i-- > 0;) rmdir(outs->created_dirs[i]);
  }
  errno = saved;
}

void uk_outputs_free(uk_outputs *outs) {
  if (!outs) return;
  if (outs->ctx) atomic_store(&outs->ctx->live_outputs, NULL);
  for (uint32_t i = 0; i < outs->num_items; i++) {
    free(outs->items[i].path);
    free(outs->items[i].tmp_path);
  }
  free(outs->items);
  if (outs->tmp_dir) remove_tree(outs->tmp_dir);
  free(outs->tmp_dir);
  /* a failed run takes back the directories it made (rmdir: only if empty) */
  for (uint32_t i = outs->num_created_dirs; i-- > 0;) {
    if (!outs->committed) rmdir(outs->created_dirs[i]);
    free(outs->created_dirs[i]);
  }
  free(outs->created_dirs);
  free(outs);
}

/* ---- the commit --------------------------------------------------------- */

typedef enum { PUT_RENAME, PUT_DIRECT, PUT_STDOUT } put_kind;

typedef struct put {
  const char *path, *tmp;
  put_kind kind;
  char *backup; /* a hard link to the file path named before, or NULL */
  bool renamed;
} put;

/* "-o -": the output goes to standard output, as LLVM's tools do. */
static bool copy_to_stdout(uk_context *ctx, const char *tmp_path) {
  uk_buf b = {0};
  if (!uk_read_file(ctx, tmp_path, &b)) return false;
  bool ok = fwrite(b.data, 1, b.len, stdout) == b.len && fflush(stdout) == 0;
  if (!ok) uk_error(ctx, "-", NULL, "cannot write output: %s", strerror(errno));
  uk_buf_free(&b);
  return ok;
}

/* Writes tmp's bytes into the existing non-regular file path (a device, a
 * FIFO). O_NONBLOCK: a FIFO nobody reads is an error, not a hang. */
static bool write_into(uk_context *ctx, const char *path, const char *tmp) {
  int fd = open(path, O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) {
    uk_error(ctx, path, NULL, "cannot write output: %s", errno == ENXIO ? "a FIFO that no process reads" : strerror(errno));
    return false;
  }
  int flags = fcntl(fd, F_GETFL);
  if (flags >= 0) fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  uk_buf b = {0};
  bool ok = uk_read_file(ctx, tmp, &b);
  if (ok && !uk_write_all(fd, b.data, b.len)) {
    uk_error(ctx, path, NULL, "cannot write output: %s", strerror(errno));
    ok = false;
  }
  uk_buf_free(&b);
  if (close(fd) != 0 && ok) {
    uk_error(ctx, path, NULL, "cannot write output: %s", strerror(errno));
    ok = false;
  }
  return ok;
}

/* Before anything is touched: how each path is put in place, and a backup
 * of each file a rename will replace. */
static bool prepare(uk_context *ctx, put *p) {
  if (!strcmp(p->path, "-")) {
    p->kind = PUT_STDOUT;
    return true;
  }
  struct stat st;
  if (lstat(p->path, &st) != 0) {
    if (errno == ENOENT) return true; /* a new file (its directory is checked by the rename) */
    uk_error(ctx, p->path, NULL, "cannot write output: %s", strerror(errno));
    return false;
  }
  struct stat target;
  if (S_ISLNK(st.st_mode) && stat(p->path, &target) == 0) st = target;
  if (S_ISDIR(st.st_mode)) {
    uk_error(ctx, p->path, NULL, "cannot write output: %s", strerror(EISDIR));
    return false;
  }
  if (!S_ISREG(st.st_mode) && !S_ISLNK(st.st_mode)) {
    p->kind = PUT_DIRECT;
    return true;
  }
  /* link() does not follow a symbolic link: the backup is the link itself */
  p->backup = uk_format("%s.old", p->tmp);
  if (link(p->path, p->backup) != 0) {
    uk_error(ctx, p->path, NULL, "cannot replace output: cannot keep a copy of the previous file: %s",
             strerror(errno));
    free(p->backup);
    p->backup = NULL;
    return false;
  }
  return true;
}

/* Undoes the renames made so far: the previous files back, new files gone. */
static void roll_back(put *puts, uint32_t n) {
  for (uint32_t i = n; i-- > 0;) {
    put *p = &puts[i];
    if (!p->renamed) continue;
    if (p->backup) {
      if (rename(p->backup, p->path) == 0) {
        free(p->backup);
        p->backup = NULL;
      }
    } else {
      unlink(p->path);
    }
  }
}

static bool commit(uk_context *ctx, put *puts, uint32_t n) {
  bool ok = true;
  for (uint32_t i = 0; i < n && ok; i++) ok = prepare(ctx, &puts[i]);
  for (uint32_t i = 0; i < n && ok; i++) {
    put *p = &puts[i];
    if (p->kind != PUT_RENAME) continue;
    if (rename(p->tmp, p->path) != 0) {
      uk_error(ctx, p->path, NULL, "cannot write output: %s", strerror(errno));
      ok = false;
    } else {
      p->renamed = true;
    }
  }
  /* Bytes written into a device or a FIFO cannot be taken back: last. A
   * reader that went away is an error (EPIPE, not the end of the process by
   * SIGPIPE), and the renames are taken back. */
  uk_pipe_guard g;
  uk_pipe_guard_on(&g);
  for (uint32_t i = 0; i < n && ok; i++)
    if (puts[i].kind == PUT_DIRECT) ok = write_into(ctx, puts[i].path, puts[i].tmp);
  for (uint32_t i = 0; i < n && ok; i++)
    if (puts[i].kind == PUT_STDOUT) ok = copy_to_stdout(ctx, puts[i].tmp);
  uk_pipe_guard_off(&g);
  if (!ok) roll_back(puts, n);
  for (uint32_t i = 0; i < n; i++) {
    if (puts[i].backup) unlink(puts[i].backup);
    free(puts[i].backup);
  }
  return ok;
}

/* Writes the report or the trace into a temporary file beside path (so that
 * the rename stays on one file system); NULL with a diagnostic. */
static char *write_side_file(uk_context *ctx, const char *path, void (*write)(const uk_context *, FILE *)) {
  char *copy = uk_xstrdup(path);
  char *tmp = uk_format("%s/.uklink-XXXXXX", dirname(copy));
  free(copy);
  int fd = mkstemp(tmp);
  FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
  bool ok = f != NULL;
  if (ok) {
    write(ctx, f);
    ok = !ferror(f);
  }
  if (f) ok &= fclose(f) == 0;
  else if (fd >= 0) close(fd);
  if (!ok) {
    uk_error(ctx, path, NULL, "cannot write: %s", strerror(errno));
    if (fd >= 0) unlink(tmp);
    free(tmp);
    return NULL;
  }
  return tmp;
}

bool uk_write(uk_context *ctx, const uk_outputs *outs_) {
  /* const for the caller: what uk_write changes is only whether
   * uk_outputs_free takes back the directories made */
  uk_outputs *outs = (uk_outputs *)outs_;
  if (!outs) return false;
  if (uk_has_errors(ctx)) return false; /* never put the outputs of a failed run in place */
  double t0 = uk_now(), before = ctx->stage_seconds[UK_STAGE_WRITE];
  sigset_t block, saved;
  sigemptyset(&block);
  sigaddset(&block, SIGINT);
  sigaddset(&block, SIGTERM);
  sigaddset(&block, SIGHUP);
  pthread_sigmask(SIG_BLOCK, &block, &saved);

  /* the report and the trace are written before the renames they join */
  uk_trace(ctx, "write", t0, uk_now(), 0);
  ctx->stage_seconds[UK_STAGE_WRITE] = before + uk_now() - t0;
  ctx->total_seconds = uk_now() - ctx->created_at;
  uint32_t n = outs->num_items;
  put *puts = uk_xcalloc(n + 2, sizeof *puts);
  for (uint32_t i = 0; i < n; i++) puts[i] = (put){.path = outs->items[i].path, .tmp = outs->items[i].tmp_path};
  char *side[2] = {NULL, NULL};
  bool ok = true;
  if (ctx->opts.report_path) {
    ok = (side[0] = write_side_file(ctx, ctx->opts.report_path, uk_write_report)) != NULL;
    if (ok) puts[n++] = (put){.path = ctx->opts.report_path, .tmp = side[0]};
  }
  if (ok && ctx->opts.time_trace_path) {
    ok = (side[1] = write_side_file(ctx, ctx->opts.time_trace_path, uk_write_time_trace)) != NULL;
    if (ok) puts[n++] = (put){.path = ctx->opts.time_trace_path, .tmp = side[1]};
  }
  ok = ok && commit(ctx, puts, n);
  outs->committed = ok;
  for (int s = 0; s < 2; s++) {
    if (side[s]) unlink(side[s]); /* renamed away on success */
    free(side[s]);
  }
  free(puts);

  pthread_sigmask(SIG_SETMASK, &saved, NULL);
  ctx->stage_seconds[UK_STAGE_WRITE] = before + uk_now() - t0;
  ctx->total_seconds = uk_now() - ctx->created_at;
  return ok;
}
