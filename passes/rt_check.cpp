//===- rt_check.cpp - Real-time violations found at compile time ----------===//
//
// 1. Zones. In each function, a forward walk of the CFG in reverse post-order carries the stack
//    of open zones (their enter calls) into every block. A zone is entered by medi.rt.enter,
//    medi_rt_zone_enter or upstream's rt_begin and left by the matching exits. Paths that meet
//    with different stacks, a return with a zone open, and an exit with none open are errors.
// 2. Offences. Every call made with a zone open is classified by its callee: a row of the rules
//    (forbidden), an intrinsic or a table entry without a row, or an external declaration
//    marked "medi-rt-safe" (safe), any other declaration, an indirect call or inline assembly
//    (unknown), or a function defined here, whose whole body then runs in the zone.
// 3. Callees. Which defined functions reach an offence is decided bottom-up over the call
//    graph's strongly connected components (Tarjan's algorithm, R. E. Tarjan, "Depth-first
//    search and linear graph algorithms", SIAM J. Comput. 1972), so recursion needs no special
//    case. A zone's call of such a function is followed breadth-first through the
//    functions that reach offences, which yields for each offence the shortest chain of calls
//    from the zone; every offence is reported once, with the first chain that reaches it.
// 4. Marks. A defined function marked "medi-rt-safe" is checked as if it were a zone's body
//    (before the zones are): the mark is verified, not trusted.
//
// The walk is linear in the module: each function's body is scanned once, each call-graph
// edge followed at most once by the component pass and once by the chain search.
//
//===----------------------------------------------------------------------===//
#include "rt_check.h"

#include "intrinsic_table.h"

#include "llvm/ADT/PostOrderIterator.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Demangle/Demangle.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/DiagnosticPrinter.h"
#include "llvm/IR/InlineAsm.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/CommandLine.h"

#include <algorithm>
#include <deque>
#include <iterator>

using namespace llvm;

namespace medi::passes {

static cl::opt<RtSeverity> UnknownSeverity(
    "medi-rt-check-unknown",
    cl::desc("How medi-rt-check reports calls it cannot prove real-time safe (external "
             "functions the rules do not list, indirect calls)"),
    cl::init(RtSeverity::Warning),
    cl::values(clEnumValN(RtSeverity::Error, "error", "an error: the module is rejected"),
               clEnumValN(RtSeverity::Warning, "warning", "a warning (the default)"),
               clEnumValN(RtSeverity::Ignore, "ignore", "not reported")));

namespace {

enum class RuleKind { BLOCKS, ALLOCATES };

struct Rule {
  StringLiteral Name;
  RuleKind Kind;
  StringLiteral Why;
};

constexpr Rule Rules[] = {
#define MEDI_RT_RULE(Name, Kind, Why) {Name, RuleKind::Kind, Why},
#include "medi/abi/realtime_rules.def"
};

constexpr StringLiteral SafeMark = "medi-rt-safe";

/// The rules by callee name: each row's name and, for an intrinsic's row, its entry point; and
/// the names of the table's intrinsics and entry points that no row forbids.
class RuleTable {
public:
  RuleTable() {
    for (const Rule &R : Rules)
      Forbidden.try_emplace(R.Name, &R);
    for (const IntrinsicInfo &Info : allIntrinsics()) {
      const Rule *R = Info.Name.empty() ? nullptr : Forbidden.lookup(Info.Name);
      if (R)
        Forbidden.try_emplace(Info.EntryPoint, R);
      else if (!Forbidden.count(Info.EntryPoint)) {
        Safe.insert(Info.EntryPoint);
        if (!Info.Name.empty())
          Safe.insert(Info.Name);
      }
    }
  }
  const Rule *forbidden(StringRef Name) const { return Forbidden.lookup(Name); }
  bool safe(StringRef Name) const { return Safe.contains(Name); }

private:
  StringMap<const Rule *> Forbidden;
  StringSet<> Safe;
};

const RuleTable &rules() {
  static const RuleTable Table;
  return Table;
}

enum class Marker { None, Enter, Exit };

Marker markerOf(const Function *Callee) {
  if (!Callee)
    return Marker::None;
  StringRef Name = Callee->getName();
  if (Name == "medi.rt.enter" || Name == "medi_rt_zone_enter" || Name == "rt_begin")
    return Marker::Enter;
  if (Name == "medi.rt.exit" || Name == "medi_rt_zone_exit" || Name == "rt_end")
    return Marker::Exit;
  return Marker::None;
}

const Function *calleeOf(const CallBase &Call) {
  return dyn_cast<Function>(Call.getCalledOperand()->stripPointerCasts());
}

/// A call the rules forbid (Rule set), or cannot vouch for (Rule null).
struct Offence {
  const CallBase *Site;
  const Rule *Forbids;
};

std::string displayName(StringRef Name) {
  return demangle(Name.str());
}

/// "file:line:col" of the instruction's debug location, else "function 'f'".
std::string where(const Instruction &I) {
  if (const DILocation *Loc = I.getDebugLoc())
    return (Loc->getFilename() + ":" + Twine(Loc->getLine()) + ":" + Twine(Loc->getColumn())).str();
  return "function '" + displayName(I.getFunction()->getName()) + "'";
}

/// The function's own line, from its subprogram, else its name.
std::string whereFunction(const Function &F) {
  if (const DISubprogram *SP = F.getSubprogram())
    return (SP->getFilename() + ":" + Twine(SP->getLine())).str();
  return "function '" + displayName(F.getName()) + "'";
}

class Checker {
public:
  Checker(Module &M, const RtCheckOptions &Options)
      : M(M), Forbidden(Options.Forbidden), Unknown(Options.Unknown.value_or(UnknownSeverity)),
        OS(Options.Out ? *Options.Out : errs()) {}

  RtCheckResult run() {
    for (Function &F : M)
      if (!F.isDeclaration())
        scanBody(F);
    decideReach();
    // Marks first: an offence in a function marked safe is reported against the mark, which is
    // what is wrong, rather than against one of the zones that call it.
    for (Function &F : M)
      if (!F.isDeclaration() && F.hasFnAttribute(SafeMark) && Reaches.lookup(&F))
        checkMark(F);
    for (Function &F : M)
      if (HasZones.contains(&F)) // no enter or exit: no zone to walk
        walkZones(F);
    return Result;
  }

private:
  /// What calling `Callee` is, for the rules; Forbids names the row of a Forbidden one.
  enum class Verdict : std::uint8_t { Safe, Forbidden, Unknown, Defined, Marker };
  struct Judgement {
    Verdict Kind;
    const Rule *Forbids = nullptr;
  };

  /// The judgement of a direct callee, made once per function (a pointer lookup, where judging
  /// afresh hashes the name twice).
  Judgement judge(const Function *Callee) {
    auto [It, Inserted] = Judged.try_emplace(Callee, Judgement{Verdict::Safe});
    if (!Inserted)
      return It->second;
    Judgement &J = It->second;
    if (Callee->isIntrinsic())
      J = {Verdict::Safe};
    else if (markerOf(Callee) != Marker::None)
      J = {Verdict::Marker};
    else if (const Rule *R = rules().forbidden(Callee->getName()))
      J = {Verdict::Forbidden, R};
    else if (!Callee->isDeclaration())
      J = {Verdict::Defined};
    else if (rules().safe(Callee->getName()) || Callee->hasFnAttribute(SafeMark))
      J = {Verdict::Safe};
    else
      J = {Verdict::Unknown};
    return J;
  }

  /// What a call is, for the rules; Offence::Forbids null for an unknown callee.
  std::optional<Offence> classify(const CallBase &Call) {
    if (Call.isInlineAsm())
      return Unknown == RtSeverity::Ignore ? std::nullopt : std::optional(Offence{&Call, nullptr});
    const Function *Callee = calleeOf(Call);
    if (!Callee)
      return Unknown == RtSeverity::Ignore ? std::nullopt : std::optional(Offence{&Call, nullptr});
    const Judgement J = judge(Callee);
    if (J.Kind == Verdict::Forbidden)
      return Offence{&Call, J.Forbids};
    if (J.Kind == Verdict::Unknown && Unknown != RtSeverity::Ignore)
      return Offence{&Call, nullptr};
    return std::nullopt;
  }

  /// Each defined function's own offences (every call of its body counts: a body called from a
  /// zone runs wholly in it) and its calls of defined functions.
  void scanBody(Function &F) {
    auto &Mine = Own[&F];
    auto &Out = Calls[&F];
    for (Instruction &I : instructions(F)) {
      auto *Call = dyn_cast<CallBase>(&I);
      if (!Call)
        continue;
      if (std::optional<Offence> O = classify(*Call))
        Mine.push_back(*O);
      else if (const Function *Callee = calleeOf(*Call)) {
        const Verdict Kind = judge(Callee).Kind;
        if (Kind == Verdict::Defined)
          Out.push_back(Call);
        else if (Kind == Verdict::Marker)
          HasZones.insert(&F);
      }
    }
  }

  /// Reaches[F]: F's body, or a function it calls, holds an offence. Decided per strongly
  /// connected component of the defined functions' direct calls, found by Tarjan's algorithm
  /// (iteratively), which completes a component only after every component it calls: a
  /// component reaches an offence if a member holds one or calls a function outside it that
  /// reaches one. (LLVM's CallGraph would do, but it keeps a value handle per call.)
  void decideReach() {
    DenseMap<const Function *, unsigned> Index, Low;
    SmallVector<const Function *, 16> Stack;
    DenseSet<const Function *> OnStack;
    struct Frame {
      const Function *F;
      unsigned Next; // the next call of F's to follow
    };
    SmallVector<Frame, 16> Work;
    unsigned Counter = 0;
    auto Visit = [&](const Function *F) {
      Index[F] = Low[F] = Counter++;
      Stack.push_back(F);
      OnStack.insert(F);
      Work.push_back({F, 0});
    };
    for (Function &Root : M) {
      if (Root.isDeclaration() || Index.count(&Root))
        continue;
      Visit(&Root);
      while (!Work.empty()) {
        const Function *F = Work.back().F;
        const auto &Out = Calls.find(F)->second;
        if (Work.back().Next < Out.size()) {
          const Function *Callee = calleeOf(*Out[Work.back().Next++]);
          if (!Index.count(Callee))
            Visit(Callee);
          else if (OnStack.contains(Callee))
            Low[F] = std::min(Low[F], Index[Callee]);
          continue;
        }
        Work.pop_back();
        if (!Work.empty())
          Low[Work.back().F] = std::min(Low[Work.back().F], Low[F]);
        if (Low[F] != Index[F])
          continue;
        // F roots a component: its members are on the stack down to F.
        // (Searched from the top: the component's members are the last ones pushed.)
        const auto Members = std::prev(std::find(Stack.rbegin(), Stack.rend(), F).base());
        bool Any = false;
        for (auto It = Members; It != Stack.end(); ++It) {
          Any |= !Own.find(*It)->second.empty();
          for (const CallBase *Call : Calls.find(*It)->second)
            Any |= Reaches.lookup(calleeOf(*Call));
        }
        for (auto It = Members; It != Stack.end(); ++It) {
          Reaches[*It] = Any;
          OnStack.erase(*It);
        }
        Stack.erase(Members, Stack.end());
      }
    }
  }

  using OpenZones = SmallVector<const CallBase *, 2>;

  void walkZones(Function &F) {
    DenseMap<const BasicBlock *, OpenZones> In;
    DenseSet<const CallBase *> ReportedOpen;
    DenseSet<const BasicBlock *> ReportedMerge;
    In[&F.getEntryBlock()] = {};
    ReversePostOrderTraversal<Function *> Order(&F);
    for (BasicBlock *BB : Order) {
      auto Found = In.find(BB);
      if (Found == In.end())
        continue;
      OpenZones Open = Found->second;
      for (Instruction &I : *BB) {
        if (auto *Call = dyn_cast<CallBase>(&I)) {
          const Function *Callee = calleeOf(*Call);
          const Marker Kind =
              Callee && judge(Callee).Kind == Verdict::Marker ? markerOf(Callee) : Marker::None;
          if (Kind == Marker::Enter) {
            Open.push_back(Call);
            continue;
          }
          if (Kind == Marker::Exit) {
            if (Open.empty())
              error(where(I), "'" + calleeOf(*Call)->getName().str() +
                                  "' leaves no real-time zone: none is open on this path");
            else
              Open.pop_back();
            continue;
          }
          if (!Open.empty())
            inZone(*Call, Open.back());
          continue;
        }
        if (isa<ReturnInst>(I) && !Open.empty()) {
          for (const CallBase *Enter : Open)
            if (ReportedOpen.insert(Enter).second)
              error(where(*Enter),
                    "the real-time zone entered here is not exited on every path out of '" +
                        displayName(F.getName()) + "'",
                    {"'" + displayName(F.getName()) + "' returns at " + where(I) +
                     " with the zone open"});
        }
      }
      for (BasicBlock *Next : successors(BB)) {
        auto [It, Inserted] = In.try_emplace(Next, Open);
        if (Inserted || It->second == Open || !ReportedMerge.insert(Next).second)
          continue;
        const OpenZones &Other = It->second;
        const CallBase *Zone = Open.size() > Other.size() ? Open.back() : Other.back();
        // One report for the zone: not again where a path that has it open returns.
        for (const OpenZones *Stack : {static_cast<const OpenZones *>(&Open), &Other})
          ReportedOpen.insert(Stack->begin(), Stack->end());
        error(where(*Next->getFirstNonPHIOrDbg()),
              "paths that meet here disagree on the real-time zone: it is exited on some and "
              "not on others",
              {"zone entered at " + where(*Zone)});
      }
    }
  }

  /// A call made with `Zone` open.
  void inZone(const CallBase &Call, const CallBase *Zone) {
    // The note is made only for a report: most calls in a zone are fine.
    if (std::optional<Offence> O = classify(Call)) {
      if (!Reported.contains(O->Site))
        report(*O, {}, "zone entered at " + where(*Zone), "in a real-time zone");
      return;
    }
    const Function *Callee = calleeOf(Call);
    if (Callee && !Callee->isDeclaration() && Reaches.lookup(Callee) && !Explored.contains(Callee))
      follow(Callee, &Call, "zone entered at " + where(*Zone), "in a real-time zone");
  }

  /// Reports the offences reachable from `Root` (entered at `Entry`, or itself the checked
  /// function when Entry is null) not yet reported, each with its chain of calls.
  void follow(const Function *Root, const CallBase *Entry, const std::string &Context,
              const std::string &Where) {
    // Breadth-first through the functions that reach offences, remembering how each was first
    // reached: the call, and the function it is in.
    DenseMap<const Function *, const CallBase *> ReachedBy;
    std::deque<const Function *> Queue;
    if (!Explored.insert(Root).second)
      return;
    ReachedBy[Root] = Entry;
    Queue.push_back(Root);
    while (!Queue.empty()) {
      const Function *F = Queue.front();
      Queue.pop_front();
      for (const Offence &O : Own.lookup(F)) {
        SmallVector<std::string, 4> Chain;
        for (const Function *G = F; G;) {
          const CallBase *By = ReachedBy.lookup(G);
          if (!By)
            break;
          Chain.push_back("in '" + displayName(G->getName()) + "' called at " + where(*By));
          G = G == Root ? nullptr : By->getFunction();
        }
        report(O, Chain, Context, Where);
      }
      for (const CallBase *Call : Calls.lookup(F)) {
        const Function *Callee = calleeOf(*Call);
        if (Reaches.lookup(Callee) && Explored.insert(Callee).second) {
          ReachedBy[Callee] = Call;
          Queue.push_back(Callee);
        }
      }
    }
  }

  void checkMark(Function &F) {
    const std::string Name = displayName(F.getName());
    const std::string Context = "'" + Name + "' is marked " + SafeMark.str() + " at " +
                                whereFunction(F) + "; the mark is checked, not trusted";
    const unsigned Before = Result.Errors + Result.Warnings;
    Explored.erase(&F); // checked as a zone's body even if another mark's search passed it
    follow(&F, nullptr, Context, "in '" + Name + "', which is marked " + SafeMark.str());
    if (Result.Errors + Result.Warnings == Before)
      error(whereFunction(F),
            "'" + Name + "' is marked " + SafeMark.str() +
                " but reaches a call that may block or allocate without bound (reported above)");
  }

  void report(const Offence &O, ArrayRef<std::string> Chain, const std::string &Context,
              const std::string &Where) {
    if (!Reported.insert(O.Site).second)
      return;
    SmallVector<std::string, 6> Notes(Chain.begin(), Chain.end());
    Notes.push_back(Context);
    if (O.Forbids) {
      Notes.push_back(O.Forbids->Why.str());
      emit(Forbidden, where(*O.Site),
           "'" + displayName(calleeOf(*O.Site)->getName()) + "' " +
               (O.Forbids->Kind == RuleKind::BLOCKS ? "may block" : "may allocate without bound") +
               " " + Where,
           Notes);
      return;
    }
    const Function *Callee = calleeOf(*O.Site);
    std::string What = O.Site->isInlineAsm() ? "inline assembly"
                       : Callee              ? "'" + displayName(Callee->getName()) + "'"
                                             : std::string("an indirect call");
    Notes.push_back(Callee ? "it has no body here and the real-time rules do not list it; mark a "
                             "safe one medi-rt-safe"
                           : "its callee is not known at compile time");
    emit(Unknown, where(*O.Site), What + " is not known to be real-time safe " + Where, Notes);
  }

  void error(const std::string &At, const std::string &Message, ArrayRef<std::string> Notes = {}) {
    emit(Forbidden, At, Message, Notes);
  }

  void emit(RtSeverity Severity, const std::string &At, const std::string &Message,
            ArrayRef<std::string> Notes) {
    if (Severity == RtSeverity::Ignore)
      return;
    const bool IsError = Severity == RtSeverity::Error;
    (IsError ? Result.Errors : Result.Warnings) += 1;
    OS << At << ": " << (IsError ? "error" : "warning") << ": " << Message << '\n';
    for (const std::string &Note : Notes)
      OS << "note: " << Note << '\n';
  }

  Module &M;
  RtSeverity Forbidden, Unknown;
  raw_ostream &OS;
  RtCheckResult Result;
  DenseMap<const Function *, SmallVector<Offence, 2>> Own;
  DenseMap<const Function *, SmallVector<const CallBase *, 4>> Calls;
  DenseMap<const Function *, bool> Reaches;
  DenseSet<const Function *> Explored;
  DenseSet<const CallBase *> Reported;
  DenseMap<const Function *, Judgement> Judged;
  DenseSet<const Function *> HasZones;
};

class RtCheckDiagnostic : public DiagnosticInfo {
public:
  RtCheckDiagnostic(StringRef Module, unsigned Errors)
      : DiagnosticInfo(kind(), DS_Error), Module(Module), Errors(Errors) {}
  void print(DiagnosticPrinter &DP) const override {
    DP << Module << ": medi-rt-check: " << Errors
       << (Errors == 1 ? " real-time violation" : " real-time violations") << " (listed above)";
  }
  static int kind() {
    static const int Kind = getNextAvailablePluginDiagnosticKind();
    return Kind;
  }

private:
  StringRef Module;
  unsigned Errors;
};

} // namespace

RtCheckResult checkRealtimeZones(Module &M, const RtCheckOptions &Options) {
  return Checker(M, Options).run();
}

PreservedAnalyses MediRtCheckPass::run(Module &M, ModuleAnalysisManager &) {
  const RtCheckResult Result = checkRealtimeZones(M, Options);
  if (Result.Errors)
    M.getContext().diagnose(RtCheckDiagnostic(M.getModuleIdentifier(), Result.Errors));
  return PreservedAnalyses::all();
}

} // namespace medi::passes
