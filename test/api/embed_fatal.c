/* A program that embeds uklink the way a compiler driver would: it has its
 * own LLVM fatal-error handler, and it calls uk_run (default options) on the
 * input given, one that makes LLVM hit a fatal error in code generation.
 * It prints what uk_run returned and its diagnostics, goes on, and then
 * checks that its own handler is still the one LLVM calls in this process:
 * a child makes LLVM hit a fatal error (verifying a broken module with the
 * abort action) and reports how it ended. Everything goes to stdout; the
 * library must write nothing to stderr. */
#include "uklink.h"

#include <llvm-c/Analysis.h>
#include <llvm-c/Core.h>
#include <llvm-c/ErrorHandling.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

static void host_handler(const char *reason) {
  printf("host handler: %s\n", reason);
  fflush(stdout);
  _exit(42);
}

/* How a child that makes LLVM hit a fatal error ends: its exit status. */
static int fatal_error_in_child(void) {
  fflush(stdout);
  pid_t pid = fork();
  if (pid == 0) {
    if (!freopen("/dev/null", "w", stderr)) _exit(3); /* the verifier's report */
    LLVMContextRef c = LLVMContextCreate();
    LLVMModuleRef m = LLVMModuleCreateWithNameInContext("broken", c);
    LLVMValueRef f = LLVMAddFunction(m, "f", LLVMFunctionType(LLVMVoidTypeInContext(c), NULL, 0, 0));
    LLVMAppendBasicBlockInContext(c, f, "entry"); /* no terminator */
    LLVMVerifyModule(m, LLVMAbortProcessAction, NULL);
    _exit(0);
  }
  int status = 0;
  if (pid < 0 || waitpid(pid, &status, 0) < 0) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: %s INPUT OUTPUT\n", argv[0]);
    return 2;
  }
  LLVMInstallFatalErrorHandler(host_handler);
  uk_options opts;
  uk_options_init(&opts);
  const char *inputs[] = {argv[1]};
  opts.inputs = inputs;
  opts.num_inputs = 1;
  opts.output = argv[2];
  uk_context *ctx = uk_context_create(&opts);
  bool ok = uk_run(ctx);
  printf("uk_run: %s\n", ok ? "true" : "false");
  for (size_t i = 0; i < uk_diag_count(ctx); i++) printf("diagnostic: %s\n", uk_diag_message(ctx, i));
  uk_context_destroy(ctx);
  printf("the program goes on\n");
  printf("a fatal error in this process now: exit status %d\n", fatal_error_in_child());
  return 0;
}
