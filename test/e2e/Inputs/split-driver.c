/* Loads a library built from split-a.ll and prints what its functions
 * compute, one line each: two builds compare by their output. */
#include <dlfcn.h>
#include <stdio.h>

typedef int (*i_i)(int);
typedef int (*i_v)(void);
typedef void *(*p_v)(void);

int main(int argc, char **argv) {
  if (argc != 2) return 2;
  void *h = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
  if (!h) {
    printf("WRONG: %s\n", dlerror());
    return 1;
  }
  printf("order %d\n", ((i_v)dlsym(h, "get_order"))());
  for (int x = 0; x < 6; x++)
    printf("x=%d helper %d %d odr %d ext %d\n", x, ((i_i)dlsym(h, "use_helper_1"))(x),
           ((i_i)dlsym(h, "use_helper_2"))(x), ((i_i)dlsym(h, "use_odr"))(x), ((i_i)dlsym(h, "calls_ext"))(x));
  i_v bump = (i_v)dlsym(h, "bump"), alias = (i_v)dlsym(h, "bump_alias");
  bump();
  alias();
  bump();
  printf("counter %d\n", ((i_v)dlsym(h, "read_counter"))());
  printf("alias %s\n", (void *)alias == (void *)bump ? "same address" : "WRONG: another address");
  void *a1 = ((p_v)dlsym(h, "helper_address_1"))(), *a2 = ((p_v)dlsym(h, "helper_address_2"))();
  printf("helper %s\n", a1 == a2 ? "one address" : "WRONG: two addresses");
  printf("table %d\n", ((i_v)dlsym(h, "sum_table"))());
  printf("hidden alias %d\n", ((i_v)dlsym(h, "call_hidden_alias"))());
  printf("_init before %d", ((i_v)dlsym(h, "init_ran_value"))());
  ((void (*)(void))dlsym(h, "call_init"))();
  printf(", after %d\n", ((i_v)dlsym(h, "init_ran_value"))());
  return 0;
}
