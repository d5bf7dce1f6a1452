package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/scrapelint/scrapelint/rules"
)

func newRulesCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "rules [CATEGORY...]",
		Short: "List every rule with its category, severity and fix safety",
		Long: `List the built-in rules: id, category, default severity, fix safety and a
one-line summary. Give categories to list only those. Use 'scrapelint explain
RULE' for a rule's full documentation.`,
		Example: `  scrapelint rules
  scrapelint rules embeds markup
  scrapelint rules --format markdown   the table the README embeds`,
		RunE: func(cmd *cobra.Command, args []string) error {
			rs, err := rules.Select(args, nil)
			if err != nil {
				return &codeError{exitError, err}
			}
			switch format {
			case "text":
				writeRuleList(cmd.OutOrStdout(), rs)
			case "markdown":
				_, _ = io.WriteString(cmd.OutOrStdout(), rules.MarkdownTable(rs))
			default:
				return &codeError{exitError, fmt.Errorf("unknown --format %q (text or markdown)", format)}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: text or markdown")
	return cmd
}

func writeRuleList(w io.Writer, rs []rules.Rule) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "RULE\tSEVERITY\tFIX\tSUMMARY")
	for _, r := range rs {
		m := r.Meta()
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", m.ID, m.Severity, m.Fix, strings.ReplaceAll(m.Summary, "`", ""))
	}
	_ = tw.Flush()
}

func newExplainCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "explain RULE",
		Short: "Show a rule's documentation: what it finds, why, examples and fix safety",
		Example: `  scrapelint explain ads/placeholder-token
  scrapelint explain embeds          every rule of a category`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			rs, err := rules.Select(args, nil)
			if err != nil {
				return &codeError{exitError, err}
			}
			for i, r := range rs {
				if i > 0 {
					fmt.Fprintln(cmd.OutOrStdout())
				}
				_, _ = io.WriteString(cmd.OutOrStdout(), rules.Explain(r))
			}
			return nil
		},
	}
}
