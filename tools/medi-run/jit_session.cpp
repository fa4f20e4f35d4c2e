//===- jit_session.cpp - A Medi program in ORC LLJIT ------------------------===//
#include "jit_session.h"

#include "runtime_symbols.h"
#include "tool_output.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ExecutionEngine/Orc/Core.h"
#include "llvm/ExecutionEngine/Orc/ExecutionUtils.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>

using namespace llvm;
using namespace llvm::orc;

namespace medi::tools {

std::unique_ptr<JitSession> JitSession::create(JITTargetMachineBuilder Target) {
  auto Jit = LLJITBuilder().setJITTargetMachineBuilder(std::move(Target)).create();
  if (!Jit) {
    fail(ExitCode::BackendFailure, "cannot start the JIT: " + toString(Jit.takeError()));
    return nullptr;
  }
  std::unique_ptr<JitSession> Session(new JitSession(std::move(*Jit)));

  // The runtime linked into this process (and MLIR's async runtime ABI on it), under the names
  // compiled code calls.
  SymbolMap Runtime;
  for (std::span<const RuntimeSymbol> Symbols : {runtimeSymbols(), asyncRuntimeSymbols()})
    for (const RuntimeSymbol &Symbol : Symbols)
      Runtime[Session->Jit->mangleAndIntern(StringRef(Symbol.name.data(), Symbol.name.size()))] =
          ExecutorSymbolDef(ExecutorAddr::fromPtr(Symbol.address), JITSymbolFlags::Exported);
  if (Error Err = Session->Jit->getMainJITDylib().define(absoluteSymbols(std::move(Runtime)))) {
    Session->failWith(std::move(Err), "defining the runtime's entry points");
    return nullptr;
  }
  return Session;
}

JitSession::JitSession(std::unique_ptr<LLJIT> TheJit) : Jit(std::move(TheJit)) {
  Jit->getExecutionSession().setErrorReporter([this](Error Err) { collect(std::move(Err)); });
}

void JitSession::collect(Error Err) {
  std::lock_guard Lock(Mutex);
  handleAllErrors(
      std::move(Err),
      [&](const SymbolsNotFound &NotFound) {
        for (const SymbolStringPtr &Name : NotFound.getSymbols())
          if (!is_contained(Unresolved, (*Name).str()))
            Unresolved.push_back((*Name).str());
      },
      [&](const ErrorInfoBase &Other) { OtherErrors.push_back(Other.message()); });
}

ExitCode JitSession::failWith(Error Err, const Twine &Doing) {
  collect(std::move(Err));
  std::lock_guard Lock(Mutex);
  if (!Unresolved.empty()) {
    std::string Names;
    for (const std::string &Name : Unresolved)
      Names += (Names.empty() ? "'" : ", '") + Name + "'";
    return fail(ExitCode::UnresolvedSymbol,
                Twine("unresolved external symbol") + (Unresolved.size() > 1 ? "s " : " ") + Names +
                    ": neither the Medi runtime, the C library nor a --load library defines it");
  }
  std::string Messages;
  for (const std::string &Message : OtherErrors)
    Messages += "\n  " + Message;
  return fail(ExitCode::BackendFailure, Doing + " failed:" + Messages);
}

std::optional<ExitCode> JitSession::loadLibrary(const std::string &Path) {
  auto Generator =
      DynamicLibrarySearchGenerator::Load(Path.c_str(), Jit->getDataLayout().getGlobalPrefix());
  if (!Generator)
    return fail(ExitCode::LoadFailure,
                "cannot load library '" + Path + "': " + toString(Generator.takeError()));
  Jit->getMainJITDylib().addGenerator(std::move(*Generator));
  return std::nullopt;
}

std::optional<ExitCode> JitSession::addModule(ThreadSafeModule Module) {
  if (Error Err = Jit->addIRModule(std::move(Module)))
    return failWith(std::move(Err), "adding the module to the JIT");
  return std::nullopt;
}

std::optional<ExitCode> JitSession::lookup(StringRef Entry, ExecutorAddr &Address) {
  auto Found = Jit->lookup(Entry);
  if (!Found)
    return failWith(Found.takeError(), "compiling and linking the program");
  Address = *Found;
  return std::nullopt;
}

std::optional<ExitCode> JitSession::runConstructors() {
  if (Error Err = Jit->initialize(Jit->getMainJITDylib()))
    return failWith(std::move(Err), "running the static constructors");
  return std::nullopt;
}

std::optional<ExitCode> JitSession::runDestructors() {
  if (Error Err = Jit->deinitialize(Jit->getMainJITDylib()))
    return failWith(std::move(Err), "running the static destructors");
  return std::nullopt;
}

} // namespace medi::tools
