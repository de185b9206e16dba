# lit configuration for uklink's CLI tests.
import os
import platform
import lit.formats

config.name = "uklink"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".ll", ".test"]
config.excludes = ["Inputs", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py.in"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(os.path.dirname(config.uklink_bin_dir), "test")

# LLVM 22's tools first: /usr/bin may hold older ones.
config.environment["PATH"] = os.pathsep.join(
    [config.uklink_bin_dir, config.llvm_bin_dir, config.environment.get("PATH", os.environ["PATH"])])
# ASan's leak checker and fork()ed workers: report leaks, fail on them.
config.environment["ASAN_OPTIONS"] = "detect_leaks=1:abort_on_error=0"
config.environment["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1"

# --param generate_all=1: the whole suite with every ukernel tile generated
generate_all = lit_config.params.get("generate_all", "0") == "1"
uklink = os.path.join(config.uklink_bin_dir, "uklink")
config.substitutions.append(("%uklink", uklink + (" --generate-all" if generate_all else "")))
config.substitutions.append(("%bin-uklink", uklink))
if generate_all:
    config.available_features.add("generate-all")
config.substitutions.append(("%corpus", os.path.join(config.uklink_bin_dir, "uk-corpus")))
config.substitutions.append(("%run-kernels", os.path.join(config.uklink_bin_dir, "uk-run-kernels")))
config.substitutions.append(("%python", "python3"))
config.substitutions.append(("%mmt4d-test", os.path.join(config.uklink_test_bin_dir, "mmt4d-test")))
config.substitutions.append(("%S_src", config.test_source_root))
config.substitutions.append(("%ukernels-bc", os.path.join(os.path.dirname(config.uklink_bin_dir), "ukernels-bc")))
config.substitutions.append(("%embed-fatal", os.path.join(config.uklink_test_bin_dir, "uk-embed-fatal")))
config.substitutions.append(("%map-test", os.path.join(config.uklink_test_bin_dir, "uk-map-test")))
config.substitutions.append(("%stage-contract", os.path.join(config.uklink_test_bin_dir, "uk-stage-contract")))
config.substitutions.append(("%simulated-host", os.path.join(config.uklink_test_bin_dir, "uk-simulated-host")))
config.substitutions.append(("%ukernel-test", os.path.join(config.uklink_test_bin_dir, "uk-ukernel-test")))

if platform.machine() in ("x86_64", "AMD64"):
    config.available_features.add("host-x86_64")
if config.cross_aarch64 and config.cross_riscv64:
    config.available_features.add("qemu-cross")
    config.substitutions.append(("%qemu-aarch64", "qemu-aarch64 -cpu max -L /usr/aarch64-linux-gnu"))
    config.substitutions.append(("%qemu-riscv64",
                                 "qemu-riscv64 -cpu rv64,v=true,vlen=256,elen=64,vext_spec=v1.0 -L /usr/riscv64-linux-gnu"))
    config.substitutions.append(("%mmt4d-test-aarch64", os.path.join(config.uklink_test_bin_dir, "mmt4d-test-aarch64-dyn")))
    config.substitutions.append(("%mmt4d-test-riscv64", os.path.join(config.uklink_test_bin_dir, "mmt4d-test-riscv64-dyn")))
if os.geteuid() == 0:
    config.available_features.add("root")
if config.sanitized:
    config.available_features.add("sanitized")
