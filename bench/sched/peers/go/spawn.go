// The Go peer of task_bench's BM_spawn_from_thread: the main goroutine starts 100,000 goroutines
// that each do the same short sum, then waits for them all (sync.WaitGroup) and adds up their
// results. GOMAXPROCS is the number of cores. Prints "go spawn_from_main <ms per run>..." with one
// figure per run, for bench/sched/compare.py.
package main

import (
	"fmt"
	"sync"
	"time"
)

const goroutines = 100000
const repeats = 5

func trivialWork(seed int) int {
	sum := seed
	for i := 0; i < 16; i++ {
		sum += i * seed
	}
	return sum
}

func main() {
	results := make([]int, goroutines)
	figures := ""
	for r := 0; r < repeats; r++ {
		start := time.Now()
		var wg sync.WaitGroup
		wg.Add(goroutines)
		for i := 0; i < goroutines; i++ {
			go func(i int) {
				results[i] = trivialWork(i)
				wg.Done()
			}(i)
		}
		wg.Wait()
		sum := 0
		for _, value := range results {
			sum += value
		}
		if sum == 0 {
			panic("no work done")
		}
		figures += fmt.Sprintf(" %.3f", float64(time.Since(start).Nanoseconds())/1e6)
	}
	fmt.Println("go spawn_from_main" + figures)
}
