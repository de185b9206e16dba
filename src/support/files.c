/* Reading and writing whole files. A file is read only if it is a regular
 * file (a FIFO would block, a device never end), with a NUL after its bytes
 * for LLVM's text parser. */
#include "support/support.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

char *uk_read_file_raw(const char *path, uk_buf *out) {
  /* O_NONBLOCK: opening a FIFO must not wait for a writer; whatever it is,
   * only a regular file is read. */
  int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  struct stat st = {0};
  if (fd < 0 && (errno != ENXIO || stat(path, &st) != 0)) return uk_format("cannot open: %s", strerror(errno));
  if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    if (fd >= 0) close(fd); /* (a socket cannot be opened at all: ENXIO) */
    const char *kind = S_ISFIFO(st.st_mode)   ? " (a FIFO)"
                       : S_ISSOCK(st.st_mode) ? " (a socket)"
                       : S_ISCHR(st.st_mode)  ? " (a character device)"
                       : S_ISBLK(st.st_mode)  ? " (a block device)"
                       : S_ISDIR(st.st_mode)  ? " (a directory)"
                                              : "";
    return uk_format("not a regular file%s", kind);
  }
  int flags = fcntl(fd, F_GETFL);
  if (flags >= 0) fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  uk_buf b = {0};
  uk_buf_reserve(&b, (size_t)st.st_size + 1);
  for (;;) {
    uk_buf_reserve(&b, 65536 + 1);
    ssize_t n = read(fd, b.data + b.len, b.cap - b.len - 1);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      char *err = uk_format("cannot read: %s", strerror(errno));
      close(fd);
      uk_buf_free(&b);
      return err;
    }
    if (n == 0) break;
    b.len += (size_t)n;
  }
  close(fd);
  b.data[b.len] = 0;  /* the .ll parser needs a NUL after the text */
  *out = b;
  return NULL;
}

bool uk_read_file(uk_context *ctx, const char *path, uk_buf *out) {
  char *err = uk_read_file_raw(path, out);
  if (err) uk_error(ctx, path, NULL, "%s", err);
  free(err);
  return err == NULL;
}

/* Writes buf to path; false with a diagnostic. */
bool uk_write_file(uk_context *ctx, const char *path, const uk_buf *buf) {
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
