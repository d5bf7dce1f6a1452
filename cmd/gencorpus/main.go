// Command gencorpus writes the synthetic benchmark corpus (see package
// corpus): N articles in subfolders of a directory with MANIFEST.json, or
// one large plain-text file with FILE.manifest.json.
//
//	go run ./cmd/gencorpus -n 1000 -out DIR
//	go run ./cmd/gencorpus -big 50 -out FILE      (50 MiB)
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/scrapelint/scrapelint/corpus"
)

func main() {
	n := flag.Int("n", 1000, "number of articles")
	big := flag.Float64("big", 0, "write one plain-text file of this many MiB instead")
	out := flag.String("out", "", "output directory (or file with -big)")
	seed := flag.Uint64("seed", corpus.DefaultSeed, "random seed")
	clean := flag.Bool("clean", false, "inject no artifacts (the base text only)")
	flag.Parse()
	if *out == "" || flag.NArg() > 0 || *n < 0 || *big < 0 {
		fmt.Fprintln(os.Stderr, "usage: gencorpus [-seed S] [-clean] -n N -out DIR | -big MIB -out FILE")
		os.Exit(2)
	}
	g := &corpus.Generator{Seed: *seed, Clean: *clean}
	var (
		m   *corpus.Manifest
		err error
	)
	if *big > 0 {
		m, err = g.WriteBig(*out, int64(*big*(1<<20)))
	} else {
		m, err = g.WriteDir(*out, *n)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %d files (%d articles), %d bytes to %s\n", m.Files, m.Articles, m.Bytes, *out)
}
