// The only C++ in uklink: lld has no C API, so this extern "C" function calls
// lld::lldMain for ELF and hands back its exit code and error text.
#include "lld/Common/Driver.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdlib>
#include <cstring>
#include <string>

LLD_HAS_DRIVER(elf)

extern "C" int uk_lld_elf(int argc, const char **argv, char **errors) {
  std::string text;
  llvm::raw_string_ostream err(text);
  std::string out_text;
  llvm::raw_string_ostream out(out_text);
  lld::Result r = lld::lldMain(llvm::ArrayRef<const char *>(argv, argc), out, err,
                               {{lld::Gnu, &lld::elf::link}});
  err.flush();
  *errors = static_cast<char *>(std::malloc(text.size() + 1));
  if (*errors) std::memcpy(*errors, text.c_str(), text.size() + 1);
  return r.retCode;
}
