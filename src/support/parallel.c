/* The one parallel map (support.h, "parallel.c"): items run serially, in
 * threads or in worker processes, with the same results and the same
 * diagnostics in the same order whichever way they ran.
 *
 * Every mode keeps each item's outcome (ok, its diagnostics as uk_put_diags
 * wrote them, its result) in a slot of its own until every earlier item has
 * been handed on, so delivery order never depends on timing. Diagnostics
 * always cross as bytes, even between threads, so that every mode reaches
 * ctx through one path (uk_take_diags) and keeps the severity.
 *
 * Worker processes take items from a counter in a page they share with the
 * parent (mapped before the first fork), and write two records per item to
 * their pipe: "A" (announce) before running it, "R" (result) after. A worker
 * whose pipe closes with an announced item and no result died on that item;
 * the items no worker has taken are still in the counter, and a new worker
 * takes them. */
#include "support/support.h"

#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

typedef enum item_state { PENDING, RAN, DIED } item_state;

/* One item's outcome, kept until its turn comes. */
typedef struct item {
  item_state state;
  bool ok;
  uk_buf diags;  /* uk_put_diags of the worker's context, for this item */
  uk_buf result;
  char *why;     /* DIED */
} item;

typedef struct map_run {
  uk_context *ctx;
  const uk_map *m;
  item *items;
  uint32_t delivered; /* items before this one went to take or died */
  bool ok;
  bool death_reported; /* without died: the one error was recorded */
} map_run;

/* ---- the worker's own context ----------------------------------------- */

/* run's context: the run's options and host (shared, never freed here), and
 * diagnostics and statistics of its own. */
static void scratch_init(uk_context *w, const uk_context *ctx) {
  *w = (uk_context){.opts = ctx->opts, .host = ctx->host, .created_at = ctx->created_at};
}

static void scratch_clear_diags(uk_context *w) {
  for (size_t i = 0; i < w->num_diags; i++) free(w->diags[i]);
  free(w->diags);
  free(w->diag_warning);
  w->diags = NULL;
  w->diag_warning = NULL;
  w->num_diags = 0;
  w->errors = false;
}

/* Everything run recorded in w (statistics, groups, spans: what it did not
 * carry in its result is not the run's). */
static void scratch_free(uk_context *w) { uk_context_clear(w); }

/* Runs item i in w; its diagnostics move from w into diags. */
static bool run_item(uk_context *w, const uk_map *m, uint32_t i, uk_buf *diags, uk_buf *out) {
  bool ok = m->run(w, i, out, m->arg);
  uk_put_diags(diags, w, 0);
  scratch_clear_diags(w);
  return ok;
}

/* ---- delivery, in item order, in the calling thread -------------------- */

static void deliver_one(map_run *r, uint32_t i) {
  item *it = &r->items[i];
  const uk_map *m = r->m;
  if (it->state == RAN) {
    uk_reader rd = {it->diags.data, it->diags.data + it->diags.len, false};
    uk_take_diags(r->ctx, &rd);
    if (m->take) m->take(r->ctx, i, it->ok, &it->result, m->arg);
    if (!it->ok) r->ok = false;
  } else {
    r->ok = false;
    if (m->died) {
      m->died(r->ctx, i, it->why, m->arg);
    } else if (!r->death_reported) {
      uk_error(r->ctx, NULL, NULL, "%s: a worker process died (%s)", m->name ? m->name : "parallel work", it->why);
      r->death_reported = true;
    }
  }
  uk_buf_free(&it->diags);
  free(it->result.data); /* NULL if take stole it */
  it->result = (uk_buf){0};
  free(it->why);
  it->why = NULL;
}

/* Hands on every item whose turn has come. */
static void deliver_ready(map_run *r) {
  while (r->delivered < r->m->n && r->items[r->delivered].state != PENDING) deliver_one(r, r->delivered++);
}

static void trace_worker(map_run *r, uint32_t number, double start, double end) {
  if (!r->m->name) return;
  char *label = uk_format("%s worker %u", r->m->name, number);
  uk_trace(r->ctx, label, start, end, number);
  free(label);
}

/* ---- serial ---------------------------------------------------------------- */

static void map_serial(map_run *r) {
  uk_context w;
  scratch_init(&w, r->ctx);
  for (uint32_t i = r->delivered; i < r->m->n; i++) {
    item *it = &r->items[i];
    it->ok = run_item(&w, r->m, i, &it->diags, &it->result);
    it->state = RAN;
    deliver_ready(r);
  }
  scratch_free(&w);
}

/* ---- threads --------------------------------------------------------------- */

typedef struct pool {
  map_run *r;
  atomic_uint next;
  pthread_mutex_t mu;
  pthread_cond_t ran; /* an item's outcome is in */
} pool;

typedef struct pool_thread {
  pool *p;
  pthread_t thread;
  uk_context wctx; /* made by the calling thread: ctx is its to read */
  double start, end;
} pool_thread;

static void *thread_main(void *arg) {
  pool_thread *t = arg;
  pool *p = t->p;
  const uk_map *m = p->r->m;
  for (;;) {
    uint32_t i = atomic_fetch_add(&p->next, 1);
    if (i >= m->n) break;
    uk_buf diags = {0}, out = {0};
    bool ok = run_item(&t->wctx, m, i, &diags, &out);
    pthread_mutex_lock(&p->mu);
    p->r->items[i] = (item){.state = RAN, .ok = ok, .diags = diags, .result = out};
    pthread_cond_signal(&p->ran);
    pthread_mutex_unlock(&p->mu);
  }
  t->end = uk_now();
  return NULL;
}

static void map_threads(map_run *r, uint32_t jobs) {
  pool p = {.r = r};
  atomic_init(&p.next, 0);
  pthread_mutex_init(&p.mu, NULL);
  pthread_cond_init(&p.ran, NULL);
  pool_thread *ts = uk_xcalloc(jobs, sizeof *ts);
  uint32_t started = 0;
  for (; started < jobs; started++) {
    pool_thread *t = &ts[started];
    t->p = &p;
    scratch_init(&t->wctx, r->ctx);
    t->start = uk_now();
    if (pthread_create(&t->thread, NULL, thread_main, t) != 0) break;
  }
  if (started) {
    /* An item's slot is written once, under the lock; after that only this
     * thread touches it. */
    pthread_mutex_lock(&p.mu);
    while (r->delivered < r->m->n) {
      while (r->items[r->delivered].state == PENDING) pthread_cond_wait(&p.ran, &p.mu);
      pthread_mutex_unlock(&p.mu);
      deliver_one(r, r->delivered++);
      pthread_mutex_lock(&p.mu);
    }
    pthread_mutex_unlock(&p.mu);
  }
  for (uint32_t t = 0; t < started; t++) {
    pthread_join(ts[t].thread, NULL);
    trace_worker(r, t + 1, ts[t].start, ts[t].end);
  }
  for (uint32_t t = 0; t < jobs; t++) scratch_free(&ts[t].wctx);
  free(ts);
  pthread_cond_destroy(&p.ran);
  pthread_mutex_destroy(&p.mu);
  if (!started) map_serial(r); /* no thread would start: the work still runs */
}

/* ---- worker processes ------------------------------------------------------ */

enum { ANNOUNCE = 'A', RESULT = 'R' };
/* RESULT's header: tag, item, ok, the diagnostics' length, the result's. */
enum { ANNOUNCE_LEN = 1 + 4, RESULT_HEADER_LEN = 1 + 4 + 1 + 8 + 8 };

typedef struct proc {
  pid_t pid;
  int fd;
  bool live;
  bool bad;        /* wrote something that is not a record in order */
  int64_t current; /* the item announced and not finished, or -1 */
  uk_buf in;       /* read, not yet a complete record */
  double start, end;
} proc;

typedef struct procs {
  map_run *r;
  atomic_uint *next; /* shared with every worker */
  proc *w;
  uint32_t num_w, live;
  uint32_t spare_restarts; /* for workers that died on no item */
} procs;

static bool write_record(int fd, const uk_buf *header, const uk_buf *diags, const uk_buf *out) {
  return uk_write_all(fd, header->data, header->len) && (!diags || uk_write_all(fd, diags->data, diags->len)) &&
         (!out || uk_write_all(fd, out->data, out->len));
}

/* In the worker: items from the shared counter until there are none. */
static int worker_main(uint32_t unused, int fd, void *arg) {
  (void)unused;
  procs *ps = arg;
  const uk_map *m = ps->r->m;
  /* the other workers' pipes are the parent's to read */
  for (uint32_t k = 0; k < ps->num_w; k++)
    if (ps->w[k].live) close(ps->w[k].fd);
  uk_context w;
  scratch_init(&w, ps->r->ctx);
  uk_buf header = {0};
  for (;;) {
    uint32_t i = atomic_fetch_add(ps->next, 1);
    if (i >= m->n) return 0; /* the process ends: nothing to free */
    header.len = 0;
    uk_buf_u8(&header, ANNOUNCE);
    uk_buf_put(&header, &i, 4);
    if (!write_record(fd, &header, NULL, NULL)) return 3;
    uk_buf diags = {0}, out = {0};
    uint8_t ok = run_item(&w, m, i, &diags, &out);
    uint64_t dlen = diags.len, rlen = out.len;
    header.len = 0;
    uk_buf_u8(&header, RESULT);
    uk_buf_put(&header, &i, 4);
    uk_buf_u8(&header, ok);
    uk_buf_put(&header, &dlen, 8);
    uk_buf_put(&header, &rlen, 8);
    bool written = write_record(fd, &header, &diags, &out);
    uk_buf_free(&diags);
    uk_buf_free(&out);
    if (!written) return 3;
  }
}

static bool start_proc(procs *ps) {
  ps->w = uk_xrealloc(ps->w, (ps->num_w + 1) * sizeof *ps->w);
  double start = uk_now();
  pid_t pid;
  int fd;
  if (uk_start_workers(ps->r->ctx, 1, worker_main, ps, &pid, &fd) != 1) return false;
  ps->w[ps->num_w++] = (proc){.pid = pid, .fd = fd, .live = true, .current = -1, .start = start};
  ps->live++;
  return true;
}

/* Takes the complete records at the front of p->in into their items. */
static void take_records(procs *ps, proc *p) {
  map_run *r = ps->r;
  const uint8_t *d = p->in.data;
  size_t off = 0, len = p->in.len;
  while (!p->bad && off < len) {
    uint32_t i;
    if (d[off] == ANNOUNCE) {
      if (len - off < ANNOUNCE_LEN) break;
      memcpy(&i, d + off + 1, 4);
      if (i >= r->m->n || r->items[i].state != PENDING || p->current >= 0) p->bad = true;
      else p->current = i;
      off += ANNOUNCE_LEN;
    } else if (d[off] == RESULT) {
      if (len - off < RESULT_HEADER_LEN) break;
      uint64_t dlen, rlen;
      memcpy(&i, d + off + 1, 4);
      memcpy(&dlen, d + off + 6, 8);
      memcpy(&rlen, d + off + 14, 8);
      if (i != p->current || dlen > SIZE_MAX / 2 || rlen > SIZE_MAX / 2) {
        p->bad = true;
        break;
      }
      if (len - off - RESULT_HEADER_LEN < dlen + rlen) break; /* not all here yet */
      item *it = &r->items[i];
      const uint8_t *body = d + off + RESULT_HEADER_LEN;
      *it = (item){.state = RAN, .ok = d[off + 5] != 0};
      uk_buf_put(&it->diags, body, (size_t)dlen);
      uk_buf_put(&it->result, body + dlen, (size_t)rlen);
      p->current = -1;
      off += RESULT_HEADER_LEN + (size_t)(dlen + rlen);
    } else {
      p->bad = true;
    }
  }
  if (p->bad) off = len; /* nothing more from it is believed */
  memmove(p->in.data, p->in.data + off, len - off);
  p->in.len -= off;
}

/* Worker w's pipe has closed: reap it; if it died, its announced item died
 * with it, and a new worker takes over the items not yet taken. */
static void proc_ended(procs *ps, uint32_t w) {
  map_run *r = ps->r;
  proc *p = &ps->w[w];
  close(p->fd);
  p->live = false;
  p->end = uk_now();
  ps->live--;
  int status = uk_wait(p->pid);
  bool clean = WIFEXITED(status) && WEXITSTATUS(status) == 0 && p->current < 0 && !p->bad && p->in.len == 0;
  uk_buf_free(&p->in);
  if (clean) return;
  const char *fatal = uk_last_fatal_reason();
  char *why = fatal                  ? uk_xstrdup(fatal)
              : WIFSIGNALED(status) ? uk_xstrdup(strsignal(WTERMSIG(status)))
                                    : uk_format("exit status %d", WEXITSTATUS(status));
  bool progress = p->current >= 0;
  if (progress) {
    r->items[p->current] = (item){.state = DIED, .why = why};
  } else {
    /* died between items: nothing of it is lost but the worker */
    if (!r->death_reported)
      uk_error(r->ctx, NULL, NULL, "%s: a worker process died (%s)", r->m->name ? r->m->name : "parallel work", why);
    r->death_reported = true;
    r->ok = false;
    free(why);
  }
  if (atomic_load(ps->next) < r->m->n && (progress || (ps->spare_restarts > 0 && ps->spare_restarts--)))
    start_proc(ps);
}

static void read_procs(procs *ps) {
  struct pollfd *pfds = NULL;
  uint32_t *which = NULL;
  while (ps->live) {
    pfds = uk_xrealloc(pfds, ps->num_w * sizeof *pfds);
    which = uk_xrealloc(which, ps->num_w * sizeof *which);
    uint32_t np = 0;
    for (uint32_t w = 0; w < ps->num_w; w++)
      if (ps->w[w].live) {
        which[np] = w;
        pfds[np++] = (struct pollfd){.fd = ps->w[w].fd, .events = POLLIN};
      }
    if (poll(pfds, np, -1) < 0) {
      if (errno == EINTR) continue;
      uk_error(ps->r->ctx, NULL, NULL, "cannot wait for worker processes: %s", strerror(errno));
      for (uint32_t w = 0; w < ps->num_w; w++)
        if (ps->w[w].live) kill(ps->w[w].pid, SIGKILL); /* map_processes reaps them */
      break;
    }
    for (uint32_t q = 0; q < np; q++) {
      if (!pfds[q].revents) continue;
      proc *p = &ps->w[which[q]]; /* start_proc may move ps->w: taken anew each time */
      uk_buf_reserve(&p->in, 1 << 16);
      ssize_t got = read(p->fd, p->in.data + p->in.len, p->in.cap - p->in.len);
      if (got < 0 && errno == EINTR) continue;
      if (got > 0) {
        p->in.len += (size_t)got;
        take_records(ps, p);
      } else {
        proc_ended(ps, which[q]);
      }
      deliver_ready(ps->r);
    }
  }
  free(pfds);
  free(which);
}

static void map_processes(map_run *r, uint32_t jobs) {
  atomic_uint *next = mmap(NULL, sizeof *next, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (next == MAP_FAILED) {
    uk_error(r->ctx, NULL, NULL, "cannot share memory with worker processes: %s", strerror(errno));
    r->ok = false;
    return;
  }
  atomic_init(next, 0);
  procs ps = {.r = r, .next = next, .spare_restarts = jobs};
  for (uint32_t w = 0; w < jobs; w++)
    if (!start_proc(&ps)) break;
  read_procs(&ps);
  for (uint32_t w = 0; w < ps.num_w; w++) {
    trace_worker(r, w + 1, ps.w[w].start, ps.w[w].end);
    if (ps.w[w].live) { /* only after an error: reap it */
      close(ps.w[w].fd);
      uk_wait(ps.w[w].pid);
    }
    uk_buf_free(&ps.w[w].in);
  }
  free(ps.w);
  munmap(next, sizeof *next);
}

/* ---- the map ------------------------------------------------------------------ */

bool uk_map_run(uk_context *ctx, const uk_map *m) {
  map_run r = {.ctx = ctx, .m = m, .ok = true};
  if (!m->n) return true;
  r.items = uk_xcalloc(m->n, sizeof *r.items);
  uint32_t jobs = m->jobs ? m->jobs : uk_jobs(ctx);
  if (jobs > m->n) jobs = m->n;
  if (m->mode == UK_MAP_PROCESSES) map_processes(&r, jobs);
  else if (m->mode == UK_MAP_THREADS) map_threads(&r, jobs);
  else map_serial(&r);
  /* Items no worker could run (none would start): what is in is still
   * handed on, in order; the rest were never run. */
  for (uint32_t i = r.delivered; i < m->n; i++) {
    if (r.items[i].state == PENDING) r.ok = false;
    else deliver_one(&r, i);
  }
  free(r.items);
  return r.ok;
}

uk_map_mode uk_isolating_mode(const uk_context *ctx, uk_map_mode in_process) {
  return ctx->opts.isolate ? UK_MAP_PROCESSES : in_process;
}

bool uk_map_died_of_signal(const char *why) {
  for (int s = 1; why && s < NSIG; s++) {
    const char *name = strsignal(s);
    if (name && strcmp(name, why) == 0) return true;
  }
  return false;
}
