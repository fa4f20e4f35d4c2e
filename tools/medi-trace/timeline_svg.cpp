//===- timeline_svg.cpp - medi-trace svg --------------------------------===//
#include "timeline_svg.h"

#include "llvm/Support/FormatVariadic.h"

#include <algorithm>
#include <cstring>
#include <map>

using namespace llvm;

namespace medi::tools::trace {
namespace {

constexpr unsigned LaneHeight = 28, LaneGap = 8, LabelWidth = 150, Top = 48, AxisHeight = 24;

std::string escaped(StringRef Text) {
  std::string Out;
  for (char C : Text) {
    switch (C) {
    case '<':
      Out += "&lt;";
      break;
    case '>':
      Out += "&gt;";
      break;
    case '&':
      Out += "&amp;";
      break;
    case '"':
      Out += "&quot;";
      break;
    default:
      if (static_cast<unsigned char>(C) >= 0x20)
        Out += C;
    }
  }
  return Out;
}

const char *colourOf(const Run &R, const TaskInfo *Info) {
  if (R.Ended == "parked")
    return "#e8a33d";
  if (R.Ended == "yielded" || R.Ended == "blocking call")
    return "#5b8def";
  if (R.Ended == "still running")
    return "#9e9e9e";
  if (Info && Info->Status == "failed")
    return "#d64541";
  return "#3aa657";
}

} // namespace

void writeTimelineSvg(const Trace &T, StringRef Title, unsigned Width, raw_ostream &OS) {
  // Lanes: workers first (in their number's order), then plain threads that did something.
  std::vector<std::uint32_t> Lanes;
  for (const auto &[Tid, Name] : T.Threads)
    if (T.isWorker(Tid))
      Lanes.push_back(Tid);
  std::ranges::sort(Lanes, [&](std::uint32_t A, std::uint32_t B) {
    return T.Threads.at(A).size() != T.Threads.at(B).size()
               ? T.Threads.at(A).size() < T.Threads.at(B).size()
               : T.Threads.at(A) < T.Threads.at(B);
  });
  for (const auto &[Tid, Name] : T.Threads) {
    if (T.isWorker(Tid))
      continue;
    const bool Busy =
        std::ranges::any_of(T.Runs, [&](const Run &R) { return R.Thread == Tid; }) ||
        std::ranges::any_of(T.Waits, [&](const Wait &W) { return !W.Task && W.Thread == Tid; });
    if (Busy)
      Lanes.push_back(Tid);
  }
  std::map<std::uint32_t, unsigned> LaneOf;
  for (unsigned I = 0; I < Lanes.size(); ++I)
    LaneOf[Lanes[I]] = I;

  // The picture spans the activity (runs, waits that ended, GC pauses, zones, spawns), not the
  // idle time before the first task and after the last one.
  double Begin = T.End, End = T.Begin;
  auto Cover = [&](double From, double To) {
    Begin = std::min(Begin, From);
    End = std::max(End, To);
  };
  for (const Run &R : T.Runs)
    Cover(R.Begin, R.End);
  for (const Wait &W : T.Waits)
    if (!W.Open)
      Cover(W.Begin, W.End);
  for (const Pause &P : T.Pauses)
    Cover(P.Begin, P.Begin + P.Duration);
  for (const ZoneSpan &Z : T.Zones)
    Cover(Z.Begin, Z.End);
  for (const auto &[Task, Info] : T.Tasks)
    if (Info.Spawned)
      Cover(*Info.Spawned, *Info.Spawned);
  if (Begin >= End) {
    Begin = T.Begin;
    End = T.End;
  }
  const unsigned Plot = std::max(Width, LabelWidth + 200) - LabelWidth - 20;
  const double Span = std::max(End - Begin, 1.0);
  // Positions are clamped to the plot: slices that reach outside the span are cut at its edge.
  auto X = [&](double Us) { return LabelWidth + std::clamp((Us - Begin) / Span, 0.0, 1.0) * Plot; };
  auto Y = [&](unsigned Lane) { return Top + Lane * (LaneHeight + LaneGap); };
  const unsigned Height = Y(static_cast<unsigned>(Lanes.size())) + AxisHeight + 60;
  const unsigned TotalWidth = LabelWidth + Plot + 20;

  OS << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  OS << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << TotalWidth << "\" height=\""
     << Height << "\" viewBox=\"0 0 " << TotalWidth << ' ' << Height
     << "\" font-family=\"sans-serif\" font-size=\"11\">\n";
  OS << "<defs><pattern id=\"blocked\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
        "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#f6d5d5\"/>"
        "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#c0392b\" stroke-width=\"2\"/>"
        "</pattern></defs>\n";
  OS << "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
  OS << "<text x=\"10\" y=\"20\" font-size=\"14\" font-weight=\"bold\">" << escaped(Title)
     << "</text>\n";
  OS << "<text x=\"10\" y=\"36\" fill=\"#555\">"
     << escaped(formatv("{0:f3} ms of activity shown, of {1:f3} ms traced; {2} lanes, {3} tasks",
                        (End - Begin) / 1000, (T.End - T.Begin) / 1000, Lanes.size(),
                        T.Tasks.size())
                    .str())
     << "</text>\n";

  for (unsigned I = 0; I < Lanes.size(); ++I) {
    const std::uint32_t Tid = Lanes[I];
    OS << "<g class=\"lane" << (T.isWorker(Tid) ? " worker" : " thread") << "\" data-tid=\"" << Tid
       << "\">\n";
    OS << "<rect x=\"" << LabelWidth << "\" y=\"" << Y(I) << "\" width=\"" << Plot << "\" height=\""
       << LaneHeight << "\" fill=\"#f4f4f4\"/>\n";
    OS << "<text x=\"10\" y=\"" << Y(I) + LaneHeight / 2 + 4 << "\">" << escaped(T.Threads.at(Tid))
       << "</text>\n";
    for (const auto &[Thread, Range] : T.Idle)
      if (Thread == Tid)
        OS << formatv("<rect class=\"idle\" x=\"{0:f2}\" y=\"{1}\" width=\"{2:f2}\" "
                      "height=\"{3}\" fill=\"#dddddd\"><title>idle {4:f1} us</title></rect>\n",
                      X(Range.first), Y(I) + LaneHeight / 3,
                      std::max(X(Range.second) - X(Range.first), 0.5), LaneHeight / 3,
                      Range.second - Range.first);
    OS << "</g>\n";
  }

  // Parks by task and begin time, to label the run that ended in each.
  std::map<std::pair<std::uint64_t, double>, const Wait *> ParkAt;
  for (const Wait &W : T.Waits)
    if (W.Task)
      ParkAt[{W.Task, W.Begin}] = &W;
  for (const Run &R : T.Runs) {
    auto Lane = LaneOf.find(R.Thread);
    if (Lane == LaneOf.end())
      continue;
    const TaskInfo *Info = T.Tasks.count(R.Task) ? &T.Tasks.at(R.Task) : nullptr;
    const double X0 = X(R.Begin), W = std::max(X(R.End) - X0, 0.5);
    const Wait *Park = nullptr;
    if (R.Ended == "parked") {
      auto It = ParkAt.lower_bound({R.Task, R.End - 1});
      if (It != ParkAt.end() && It->first.first == R.Task && It->first.second <= R.End + 1)
        Park = It->second;
    }
    std::string Tip = formatv("task {0}: {1:f1} us, {2}", R.Task, R.End - R.Begin, R.Ended);
    if (Park)
      Tip += " in " + Park->Op + " at " + Park->Site;
    if (Info && !Info->SpawnSite.empty())
      Tip += "; spawned at " + Info->SpawnSite;
    OS << formatv("<rect class=\"run\" x=\"{0:f2}\" y=\"{1}\" width=\"{2:f2}\" height=\"{3}\" "
                  "fill=\"{4}\"><title>{5}</title></rect>\n",
                  X0, Y(Lane->second) + 2, W, LaneHeight - 4, colourOf(R, Info), escaped(Tip));
    const std::string Label = Park ? Park->Site : "task " + std::to_string(R.Task);
    if (W > 7.0 * static_cast<double>(Label.size()))
      OS << formatv("<text class=\"label\" x=\"{0:f2}\" y=\"{1}\" fill=\"black\">{2}</text>\n",
                    X0 + 3, Y(Lane->second) + LaneHeight / 2 + 4, escaped(Label));
  }
  for (const Wait &W : T.Waits) {
    auto Lane = LaneOf.find(W.Thread);
    if (W.Task || Lane == LaneOf.end())
      continue;
    const double X0 = X(W.Begin), Wd = std::max(X(W.End) - X0, 0.5);
    OS << formatv("<rect class=\"blocked\" x=\"{0:f2}\" y=\"{1}\" width=\"{2:f2}\" "
                  "height=\"{3}\" fill=\"url(#blocked)\"><title>{4}</title></rect>\n",
                  X0, Y(Lane->second) + 2, Wd, LaneHeight - 4,
                  escaped(W.Op + " at " + W.Site + formatv(", {0:f1} us", W.End - W.Begin).str()));
    const std::string Label = W.Op + " " + W.Site;
    if (Wd > 7.0 * static_cast<double>(Label.size()))
      OS << formatv("<text class=\"label\" x=\"{0:f2}\" y=\"{1}\">{2}</text>\n", X0 + 3,
                    Y(Lane->second) + LaneHeight / 2 + 4, escaped(Label));
  }

  // Axis and legend.
  const unsigned AxisY = Y(static_cast<unsigned>(Lanes.size())) + 4;
  OS << "<line x1=\"" << LabelWidth << "\" y1=\"" << AxisY << "\" x2=\"" << LabelWidth + Plot
     << "\" y2=\"" << AxisY << "\" stroke=\"#333\"/>\n";
  for (unsigned Tick = 0; Tick <= 4; ++Tick) {
    const double At = Begin + Span * Tick / 4;
    OS << formatv("<text x=\"{0:f1}\" y=\"{1}\" text-anchor=\"middle\" fill=\"#333\">"
                  "{2:f3} ms</text>\n",
                  X(At), AxisY + 14, (At - T.Begin) / 1000);
  }
  const std::pair<const char *, const char *> Legend[] = {
      {"#3aa657", "ran to its finish"},   {"#e8a33d", "ran, then parked"},
      {"#5b8def", "ran, then yielded"},   {"#d64541", "failed"},
      {"#9e9e9e", "still running"},       {"#dddddd", "worker idle"},
      {"url(#blocked)", "thread blocked"}};
  unsigned LegendX = 10;
  for (const auto &[Colour, Text] : Legend) {
    OS << "<rect x=\"" << LegendX << "\" y=\"" << AxisY + 28 << "\" width=\"12\" height=\"12\" "
       << "fill=\"" << Colour << "\"/><text x=\"" << LegendX + 16 << "\" y=\"" << AxisY + 38
       << "\">" << Text << "</text>\n";
    LegendX += 30 + 6 * static_cast<unsigned>(std::strlen(Text));
  }
  OS << "</svg>\n";
}

} // namespace medi::tools::trace
