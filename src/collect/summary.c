/* A module summary: what a worker learns from one input file (triple, data
 * layout, each function's fingerprint, each global's linkage), serialized so
 * that it can come back from a worker process. The parent never needs the
 * worker's LLVM objects: it re-parses the verified bytes when it links.
 *
 * Layout: u8 status; status 1: str message. status 0: 32B file hash, str triple,
 * str datalayout, uv nfns, per function {str name, u8 linkage,
 * u8 definition, u8 eligible, str reason, 32B hash, str bytes, uv nrefs,
 * uv refs..., uv instructions, 32B hash with constants left out, 32B near hash, str near form ("" when it
 * is bytes), str why not a near kernel ("" if it may be), uv slots, per slot {uv type code, uv bits}}, uv ngvs, per global {str name,
 * u8 linkage, u8 definition}, str bitcode (of a textual input, when asked
 * for; else ""). */
#include "collect/collect.h"

#include <errno.h>
#include <llvm-c/Analysis.h>
#include <llvm-c/blake3.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void put_cstr(uk_buf *b, const char *s) { uk_buf_str(b, s, strlen(s)); }
static void summarize(const char *path, const uk_buf *file, const uint8_t *file_hash, bool bitcode, uk_buf *blob);

static void put_error(uk_buf *blob, const char *msg) {
  blob->len = 0;
  uk_buf_u8(blob, 1);
  put_cstr(blob, msg);
}

static void put_global(uk_buf *b, LLVMValueRef g, bool is_def) {
  size_t len;
  const char *name = LLVMGetValueName2(g, &len);
  uk_buf_str(b, name, len);
  uk_buf_u8(b, (uint8_t)LLVMGetLinkage(g));
  uk_buf_u8(b, is_def);
}

/* One line for an invalid module: the verifier's first message, and the
 * function it is about. The verifier prints the offending IR after the
 * message, which can be a 2,000-deep constant expression: only the first line
 * is kept, truncated, and a function name is shown only up to a length and
 * with control characters replaced, so that the message stays one line. */
static char *printable(const char *s, size_t len, size_t max) {
  bool cut = len > max;
  if (cut) len = max;
  char *r = uk_xstrndup(s, len);
  for (size_t i = 0; i < len; i++)
    if ((unsigned char)r[i] < 0x20 || r[i] == 0x7f) r[i] = '?';
  if (!cut) return r;
  char *t = uk_format("%s...", r);
  free(r);
  return t;
}

static char *verify_error(LLVMModuleRef m, const char *llerror) {
  char *vmsg = NULL;
  bool broken = LLVMVerifyModule(m, LLVMReturnStatusAction, &vmsg);
  if (!broken && !llerror) {
    LLVMDisposeMessage(vmsg);
    return NULL;
  }
  const char *text = llerror ? llerror : vmsg && *vmsg ? vmsg : "invalid IR";
  char *line = uk_first_line(text);
  char *shown = printable(line, strlen(line), 200);
  /* The verifier checks the functions' bodies first, in module order: the
   * first body that fails on its own is the one its first message is about. */
  LLVMValueRef bad = NULL;
  for (LLVMValueRef f = LLVMGetFirstFunction(m); f && broken && !llerror && !bad; f = LLVMGetNextFunction(f))
    if (!LLVMIsDeclaration(f) && LLVMVerifyFunction(f, LLVMReturnStatusAction)) bad = f;
  char *msg;
  if (bad) {
    size_t len;
    const char *name = LLVMGetValueName2(bad, &len);
    char *fn = printable(name, len, 80);
    msg = uk_format("invalid IR: in function '%s': %s", fn, shown);
    free(fn);
  } else {
    msg = uk_format("invalid IR: %s", shown);
  }
  free(shown);
  free(line);
  LLVMDisposeMessage(vmsg);
  return msg;
}

/* LLVM's readers verify a module whose "Debug Info Version" flag is the
 * current one while they upgrade its debug info, and on a broken module they
 * print every error with the IR around it to stderr and end the process
 * ("Broken module found"). Such a file is first parsed from a copy with that
 * flag's name changed (same length, so bitcode stays well-formed): LLVM then
 * strips the debug info instead, and our verifier's one line names the
 * problem. Only if that copy verifies is the file itself parsed. Returns the
 * error, or NULL to go on. */
static char *precheck_debug_info_module(const char *path, const uk_buf *file) {
  static const char flag[] = "Debug Info Version";
  const size_t n = sizeof flag - 1;
  if (!memmem(file->data, file->len, flag, n)) return NULL;
  uk_buf copy = {0};
  uk_buf_reserve(&copy, file->len + 1);
  memcpy(copy.data, file->data, file->len);
  copy.len = file->len;
  copy.data[copy.len] = 0; /* the .ll parser needs a NUL after the text */
  for (uint8_t *p = copy.data; (p = memmem(p, copy.len - (size_t)(p - copy.data), flag, n)); p += n)
    p[n - 1] = '_';
  char *llerror = NULL;
  LLVMContextRef c = uk_llvm_context(&llerror);
  char *error = NULL;
  LLVMModuleRef m = uk_parse(c, &copy, path, &error);
  char *msg = m ? verify_error(m, llerror) : NULL; /* a parse error: the real parse reports it */
  if (m) LLVMDisposeModule(m);
  free(error);
  free(llerror);
  LLVMContextDispose(c);
  uk_buf_free(&copy);
  return msg;
}

void uk_summarize_file(const char *path, bool bitcode, uk_buf *blob) {
  uk_buf bytes = {0};
  char *rerr = uk_read_file_raw(path, &bytes);
  if (rerr || bytes.len == 0) {
    put_error(blob, rerr ? rerr : "empty file");
    free(rerr);
    uk_buf_free(&bytes);
    return;
  }
  uint8_t file_hash[UK_HASH_LEN];
  llvm_blake3_hasher h;
  llvm_blake3_hasher_init(&h);
  llvm_blake3_hasher_update(&h, bytes.data, bytes.len);
  llvm_blake3_hasher_finalize(&h, file_hash, UK_HASH_LEN);
  summarize(path, &bytes, file_hash, bitcode && !uk_is_bitcode(&bytes), blob);
  uk_buf_free(&bytes);
}

static void summarize(const char *path, const uk_buf *file, const uint8_t *file_hash, bool bitcode, uk_buf *blob) {
  char *early = precheck_debug_info_module(path, file);
  if (early) {
    put_error(blob, early);
    free(early);
    return;
  }
  char *llerror = NULL;
  LLVMContextRef c = uk_llvm_context(&llerror);
  char *error = NULL;
  LLVMModuleRef m = uk_parse(c, file, path, &error);
  if (!m) {
    /* the bitcode reader's messages do not say that they are about bitcode */
    char *msg = uk_is_bitcode(file) ? uk_format("malformed bitcode: %s", error) : uk_xstrdup(error);
    put_error(blob, msg);
    free(msg);
    free(error);
    free(llerror);
    LLVMContextDispose(c);
    return;
  }
  char *msg = verify_error(m, llerror);
  if (msg) {
    put_error(blob, msg);
    free(msg);
    free(llerror);
    LLVMDisposeModule(m);
    LLVMContextDispose(c);
    return;
  }
  uk_buf_u8(blob, 0);
  uk_buf_put(blob, file_hash, UK_HASH_LEN);
  put_cstr(blob, LLVMGetTarget(m));
  put_cstr(blob, LLVMGetDataLayoutStr(m));

  uint32_t nfns = 0;
  for (LLVMValueRef f = LLVMGetFirstFunction(m); f; f = LLVMGetNextFunction(f)) nfns++;
  uk_fingerprint *fps = uk_xcalloc(nfns, sizeof *fps);
  uk_fingerprint_module(m, fps, nfns, false);
  /* the same with constants left out, for the report's analysis */
  uk_fingerprint *masked = uk_xcalloc(nfns, sizeof *masked);
  uk_fingerprint_module(m, masked, nfns, true);
  uk_buf_uv(blob, nfns);
  uint32_t i = 0;
  for (LLVMValueRef f = LLVMGetFirstFunction(m); f; f = LLVMGetNextFunction(f), i++) {
    uk_fingerprint *fp = &fps[i];
    bool is_def = !LLVMIsDeclaration(f);
    put_global(blob, f, is_def);
    uk_buf_u8(blob, fp->eligible);
    put_cstr(blob, fp->reason ? fp->reason : "");
    uk_buf_put(blob, fp->hash, UK_HASH_LEN);
    uk_buf_str(blob, (const char *)fp->bytes.data, fp->bytes.len);
    uk_buf_uv(blob, fp->num_refs);
    for (uint32_t r = 0; r < fp->num_refs; r++) uk_buf_uv(blob, fp->refs[r]);
    uk_buf_uv(blob, fp->num_instructions);
    uk_buf_put(blob, masked[i].hash, UK_HASH_LEN);
    uk_buf_put(blob, fp->near_hash, UK_HASH_LEN);
    uk_buf near = {0};
    if (fp->num_slots) uk_fingerprint_near_form(fp, &near);
    uk_buf_str(blob, (const char *)near.data, near.len);
    uk_buf_free(&near);
    put_cstr(blob, fp->near_reason ? fp->near_reason : "");
    uk_buf_uv(blob, fp->num_slots);
    uk_buf_put(blob, fp->consts.data, fp->consts.len);
    uk_fingerprint_free(fp);
    uk_fingerprint_free(&masked[i]);
  }
  free(fps);
  free(masked);

  uint32_t ngvs = 0;
  for (LLVMValueRef g = LLVMGetFirstGlobal(m); g; g = LLVMGetNextGlobal(g)) ngvs++;
  for (LLVMValueRef g = LLVMGetFirstGlobalAlias(m); g; g = LLVMGetNextGlobalAlias(g)) ngvs++;
  for (LLVMValueRef g = LLVMGetFirstGlobalIFunc(m); g; g = LLVMGetNextGlobalIFunc(g)) ngvs++;
  uk_buf_uv(blob, ngvs);
  for (LLVMValueRef g = LLVMGetFirstGlobal(m); g; g = LLVMGetNextGlobal(g))
    put_global(blob, g, !LLVMIsDeclaration(g));
  for (LLVMValueRef g = LLVMGetFirstGlobalAlias(m); g; g = LLVMGetNextGlobalAlias(g))
    put_global(blob, g, true);
  for (LLVMValueRef g = LLVMGetFirstGlobalIFunc(m); g; g = LLVMGetNextGlobalIFunc(g))
    put_global(blob, g, true);
  /* Text is slow to parse: link reads this instead, lazily, with the use
   * lists in the order the text gave them (code generation depends on it). */
  uk_buf bc = {0};
  if (bitcode) {
    uk_llvm_keep_use_list_order();
    uk_write_bitcode(m, &bc);
  }
  uk_buf_str(blob, (const char *)bc.data, bc.len);
  uk_buf_free(&bc);

  free(llerror);
  LLVMDisposeModule(m);
  LLVMContextDispose(c);
}

static char *read_cstr(uk_reader *r) {
  size_t len;
  const char *s = uk_read_str(r, &len);
  return s ? uk_xstrndup(s, len) : uk_xstrdup("");
}

char *uk_decode_summary(uk_module *m) {
  uk_reader r = {m->blob.data, m->blob.data + m->blob.len, false};
  if (m->blob.len == 0) return uk_xstrdup("no summary from the worker");
  if (uk_read_u8(&r) == 1) return read_cstr(&r);
  const uint8_t *fh = uk_read_bytes(&r, UK_HASH_LEN);
  if (fh) memcpy(m->file_hash, fh, UK_HASH_LEN);
  m->triple = read_cstr(&r);
  m->datalayout = read_cstr(&r);
  uint64_t nfns = uk_read_uv(&r);
  if (r.bad || nfns > m->blob.len) return uk_xstrdup("corrupt summary from the worker");
  m->fns = uk_xcalloc(nfns, sizeof *m->fns);
  m->num_fns = (uint32_t)nfns;
  for (uint32_t i = 0; i < nfns && !r.bad; i++) {
    uk_fn_summary *f = &m->fns[i];
    f->name = read_cstr(&r);
    f->linkage = (LLVMLinkage)uk_read_u8(&r);
    f->is_definition = uk_read_u8(&r);
    f->eligible = uk_read_u8(&r);
    size_t rl;
    const char *reason = uk_read_str(&r, &rl);
    f->reason = rl ? uk_xstrndup(reason, rl) : NULL;
    const uint8_t *h = uk_read_bytes(&r, UK_HASH_LEN);
    if (h) memcpy(f->hash, h, UK_HASH_LEN);
    f->bytes = (const uint8_t *)uk_read_str(&r, &f->bytes_len);
    uint64_t nrefs = uk_read_uv(&r);
    if (nrefs > m->blob.len) r.bad = true;
    f->refs = uk_xcalloc(r.bad ? 0 : nrefs, sizeof *f->refs);
    for (uint32_t k = 0; k < nrefs && !r.bad; k++) {
      uint64_t ref = uk_read_uv(&r);
      if (ref >= nfns) r.bad = true;
      f->refs[k] = (uint32_t)ref;
      f->num_refs = k + 1;
    }
    f->num_instructions = (uint32_t)uk_read_uv(&r);
    const uint8_t *sh = uk_read_bytes(&r, UK_HASH_LEN);
    if (sh) memcpy(f->shape_hash, sh, UK_HASH_LEN);
    const uint8_t *nh = uk_read_bytes(&r, UK_HASH_LEN);
    if (nh) memcpy(f->near_hash, nh, UK_HASH_LEN);
    f->near_bytes = (const uint8_t *)uk_read_str(&r, &f->near_bytes_len);
    size_t nrl;
    const char *nr = uk_read_str(&r, &nrl);
    f->near_reason = nrl ? uk_xstrndup(nr, nrl) : NULL;
    uint64_t nslots = uk_read_uv(&r);
    if (nslots > m->blob.len) r.bad = true;
    f->consts = uk_xcalloc(r.bad ? 0 : 2 * nslots, sizeof *f->consts);
    for (uint32_t k = 0; k < 2 * nslots && !r.bad; k++) f->consts[k] = uk_read_uv(&r);
    f->num_slots = r.bad ? 0 : (uint32_t)nslots;
  }
  uint64_t ngvs = uk_read_uv(&r);
  if (r.bad || ngvs > m->blob.len) return uk_xstrdup("corrupt summary from the worker");
  m->gvs = uk_xcalloc(ngvs, sizeof *m->gvs);
  m->num_gvs = (uint32_t)ngvs;
  for (uint32_t i = 0; i < ngvs && !r.bad; i++) {
    m->gvs[i].name = read_cstr(&r);
    m->gvs[i].linkage = (LLVMLinkage)uk_read_u8(&r);
    m->gvs[i].is_definition = uk_read_u8(&r);
  }
  m->bitcode = (const uint8_t *)uk_read_str(&r, &m->bitcode_len);
  if (r.bad) return uk_xstrdup("corrupt summary from the worker");
  return NULL;
}

bool uk_reread_input(uk_context *ctx, const uk_inputs *in, const uk_module *m, uk_buf *out) {
  if (m->spilled_len && in->spill) {
    /* the bitcode the worker made of the text, kept by collect; if it
     * cannot be read back, the text itself is read again */
    uk_buf_reserve(out, m->spilled_len + 1);
    uint64_t got = 0;
    while (got < m->spilled_len) {
      ssize_t n = pread(fileno(in->spill), out->data + got, m->spilled_len - got, (off_t)(m->spilled_at + got));
      if (n <= 0 && !(n < 0 && errno == EINTR)) break;
      if (n > 0) got += (uint64_t)n;
    }
    if (got == m->spilled_len) {
      out->len = m->spilled_len;
      return true;
    }
    uk_buf_free(out);
  }
  if (!uk_read_file(ctx, m->path, out)) return false;
  uint8_t h[UK_HASH_LEN];
  llvm_blake3_hasher hs;
  llvm_blake3_hasher_init(&hs);
  llvm_blake3_hasher_update(&hs, out->data, out->len);
  llvm_blake3_hasher_finalize(&hs, h, UK_HASH_LEN);
  if (memcmp(h, m->file_hash, UK_HASH_LEN) != 0) {
    uk_error(ctx, m->path, NULL, "the file changed while uklink was running");
    uk_buf_free(out);
    return false;
  }
  return true;
}
