package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"go.yaml.in/yaml/v3"

	"github.com/scrapelint/scrapelint/config"
)

// starterConfig is what `scrapelint init` writes: every key, commented.
const starterConfig = `# scrapelint configuration. scrapelint uses the nearest .scrapelint.yml above
# each file, up to the repository top. Every key is optional.

# Rules or categories to run (default: all) and to skip.
# Categories: ads, boilerplate, embeds, markup, encoding, translation, names, structure.
# select: [ads, boilerplate, embeds, markup, encoding]
ignore: []

# Change a rule's (or a whole category's) severity: error, warning or info.
severity: {}
#   translation/verbless-fragment: warning

# Files never linted (globs relative to this file; ** crosses folders).
exclude: []
#   - "drafts/**"
#   - "**/*.min.html"

# Overrides for some files, applied in order.
per-file: []
#   - files: ["archive/**"]
#     ignore: [encoding]
#     severity: {names: info}

# Larger files are skipped with a warning.
max-file-size: 16MB

# Additions to the built-in dictionaries.
dictionaries:
  names: []             # canonical spellings your site uses, e.g. "Volodymyr Zelenskyy"
  known-distinct: []    # look-alike names that are different, e.g. ["Kim Jong Un", "Kim Jong Il"]
  abbreviations: {}     # undotted: dotted, e.g. {NZ: N.Z.}
  boilerplate: []       # whole lines your feeds add, e.g. "Follow us on Telegram for updates"
  tortured-phrases: {}  # spun phrase: expected phrase

# Your own rules: existence (literals or RE2 regexes) and substitution.
rules: []
#   - id: boilerplate/telegram-promo
#     kind: existence
#     message: Telegram promotion left by the feed
#     patterns: ["Join our Telegram channel"]
#     fix: delete            # optional: remove the match (or its line)
#   - id: names/house-style
#     kind: substitution
#     message: Use the house spelling
#     swap: {Kiev: Kyiv}
#     fix: unsafe            # safe, unsafe or none
`

func newInitCmd() *cobra.Command {
	var force bool
	cmd := &cobra.Command{
		Use:   "init [FOLDER]",
		Short: "Write a commented starter " + config.FileName,
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := "."
			if len(args) == 1 {
				dir = args[0]
			}
			p := filepath.Join(dir, config.FileName)
			if _, err := os.Stat(p); err == nil && !force {
				return &codeError{exitError, fmt.Errorf("%s already exists (use --force to overwrite)", p)}
			}
			if err := os.WriteFile(p, []byte(starterConfig), 0o644); err != nil {
				return &codeError{exitError, err}
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Wrote %s\n", p)
			return nil
		},
	}
	cmd.Flags().BoolVar(&force, "force", false, "overwrite an existing file")
	return cmd
}

func newConfigCmd() *cobra.Command {
	var configPath string
	cmd := &cobra.Command{
		Use:   "config [PATH]",
		Short: "Print the configuration that applies to a file or folder",
		Long: `Print which config file applies to PATH (default: the current folder) and
the settings it resolves to for that path, after per-file overrides.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			target := "."
			if len(args) == 1 {
				target = args[0]
			}
			dir := target
			if st, err := os.Stat(target); err == nil && !st.IsDir() {
				dir = filepath.Dir(target)
			}
			p := configPath
			if p == "" {
				p = config.Find(dir)
			}
			w := cmd.OutOrStdout()
			if p == "" {
				fmt.Fprintf(w, "# no %s applies to %s: built-in defaults (every rule)\n", config.FileName, target)
				return nil
			}
			c, err := config.Load(p)
			if err != nil {
				return &codeError{exitError, err}
			}
			set := c.For(target)
			out := map[string]any{
				"config":   p,
				"path":     target,
				"excluded": c.Excluded(target),
				"select":   orAll(set.Select),
				"ignore":   set.Ignore,
				"severity": set.Severity,
			}
			if c.MaxFileSize > 0 {
				out["max-file-size"] = int64(c.MaxFileSize)
			}
			var ids []string
			for _, r := range c.Rules {
				ids = append(ids, r.ID)
			}
			out["user-rules"] = ids
			b, err := yaml.Marshal(out)
			if err != nil {
				return &codeError{exitError, err}
			}
			_, _ = w.Write(b)
			return nil
		},
	}
	cmd.Flags().StringVar(&configPath, "config", "", "resolve against this config file instead of the nearest one")
	return cmd
}

func orAll(s []string) any {
	if len(s) == 0 {
		return "ALL"
	}
	return strings.Join(s, ",")
}
