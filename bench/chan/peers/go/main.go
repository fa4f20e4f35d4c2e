// The Go peer of bench/chan/channel_bench.cpp: Go channels between goroutines (GOMAXPROCS is the
// number of cores) in the same scenarios. Prints "go <scenario> <flavor> <ns per message>..."
// lines, one figure per run (repeats runs), for bench/chan/compare.py; ping_pong_tasks is per
// round trip between two goroutines. Arguments, if given, name the only scenarios to run, each
// as its line starts (e.g. "go spsc bounded0"): compare.py's extra rounds of the target rows.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
)

const threads = 4

// Messages per run and runs per scenario; compare.py's long shape sets them through
// MEDI_BENCH_MESSAGES and MEDI_BENCH_RUNS (the first run then warms up).
var messages = envInt("MEDI_BENCH_MESSAGES", 200000)
var repeats = envInt("MEDI_BENCH_RUNS", 5)

func envInt(name string, fallback int) int {
	if value, err := strconv.Atoi(os.Getenv(name)); err == nil && value > 0 {
		return value
	}
	return fallback
}

// wanted says whether the scenario labelled `label` is to run (see the file comment). The
// bounded1024 scenarios (compare.py's long shape) run only when named.
func wanted(label string) bool {
	for _, name := range os.Args[1:] {
		if name == label {
			return true
		}
	}
	return len(os.Args) < 2 && !strings.HasSuffix(label, "bounded1024")
}

// runs times `repeats` runs and formats each one's ns per message.
func runs(run func()) string {
	figures := ""
	for r := 0; r < repeats; r++ {
		start := time.Now()
		run()
		figures += fmt.Sprintf(" %.1f", float64(time.Since(start).Nanoseconds())/float64(messages))
	}
	return figures
}

func run(senders, receivers int, ch chan int64) {
	var wg sync.WaitGroup
	for k := 0; k < senders; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			for i := k; i < messages; i += senders {
				ch <- int64(i)
			}
		}(k)
	}
	for k := 0; k < receivers; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			for i := k; i < messages; i += receivers {
				<-ch
			}
		}(k)
	}
	wg.Wait()
}

func main() {
	flavors := []struct {
		name string
		cap  int
	}{{"bounded0", 0}, {"bounded1", 1}, {"bounded1000", 1000}, {"bounded1024", 1024}, {"unbounded", -1}}
	for _, f := range flavors {
		capacity := f.cap
		if capacity < 0 {
			capacity = messages // Go has no unbounded channel: as crossbeam's suite, a channel that never fills
		}
		if f.cap != 0 && f.cap != 1 && wanted("go seq "+f.name) {
			ns := runs(func() {
				ch := make(chan int64, messages)
				for i := 0; i < messages; i++ {
					ch <- int64(i)
				}
				for i := 0; i < messages; i++ {
					<-ch
				}
			})
			fmt.Printf("go seq %s%s\n", f.name, ns)
		}
		for _, s := range []struct {
			name               string
			senders, receivers int
		}{{"spsc", 1, 1}, {"mpsc", threads, 1}, {"mpmc", threads, threads}} {
			if !wanted("go " + s.name + " " + f.name) {
				continue
			}
			ns := runs(func() { run(s.senders, s.receivers, make(chan int64, capacity)) })
			fmt.Printf("go %s %s%s\n", s.name, f.name, ns)
		}
	}
	if !wanted("go ping_pong_tasks bounded0") {
		return
	}
	ns := runs(func() {
		ping, pong := make(chan int64), make(chan int64)
		go func() {
			for v := range ping {
				pong <- v
			}
		}()
		for i := 0; i < messages; i++ {
			ping <- int64(i)
			<-pong
		}
		close(ping)
	})
	fmt.Printf("go ping_pong_tasks bounded0%s\n", ns)
}
