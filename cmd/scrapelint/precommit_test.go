package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestPreCommitRoundTrip installs this checkout's hooks with the real
// pre-commit tool into a scratch repository holding a dirty article, and
// checks that the check hook fails, the fix hook repairs the article, and
// the check hook passes afterwards. CI installs pre-commit; elsewhere the
// test is skipped.
func TestPreCommitRoundTrip(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the pre-commit round trip")
	}
	pc, err := exec.LookPath("pre-commit")
	if err != nil {
		t.Skip("pre-commit is not installed (apt-get install pre-commit); skipping the round trip")
	}
	git, err := exec.LookPath("git")
	if err != nil {
		t.Skip("git is not installed")
	}
	checkout, _ := filepath.Abs("../..")
	// pre-commit clones the hook repository at a commit: make a throwaway
	// commit of the working tree as it is, so uncommitted work is tested.
	hookRepo := filepath.Join(t.TempDir(), "hooks")
	runIn(t, "", git, "clone", "-q", "--no-hardlinks", checkout, hookRepo)
	for _, f := range strings.Split(strings.TrimSpace(runIn(t, checkout, git, "ls-files", "-co", "--exclude-standard")), "\n") {
		b, err := os.ReadFile(filepath.Join(checkout, f))
		if err != nil {
			continue // deleted in the working tree
		}
		_ = os.MkdirAll(filepath.Dir(filepath.Join(hookRepo, f)), 0o755)
		write(t, filepath.Join(hookRepo, f), string(b))
	}
	runIn(t, hookRepo, git, "add", "-A")
	runIn(t, hookRepo, git, "-c", "user.name=ci", "-c", "user.email=ci@example.invalid", "commit", "-q", "--allow-empty", "-m", "test")
	rev := strings.TrimSpace(runIn(t, hookRepo, git, "rev-parse", "HEAD"))

	work := filepath.Join(t.TempDir(), "site")
	_ = os.MkdirAll(filepath.Join(work, "content"), 0o755)
	runIn(t, work, git, "init", "-q")
	article := "[ad_1]\nThe council met on Monday.\n\nShare this:\n\nSource link\n"
	write(t, filepath.Join(work, "content", "post.md"), article)
	write(t, filepath.Join(work, ".pre-commit-config.yaml"), "repos:\n  - repo: "+hookRepo+"\n    rev: "+rev+"\n    hooks:\n      - id: scrapelint\n        args: [--select, ads]\n      - id: scrapelint-fix\n        args: [--select, ads]\n        stages: [manual]\n")
	runIn(t, work, git, "add", "-A")

	env := append(os.Environ(), "PRE_COMMIT_HOME="+filepath.Join(t.TempDir(), "cache"), "NO_COLOR=1")
	hook := func(id string, stage ...string) (string, error) {
		args := []string{"run", id, "--files", "content/post.md"}
		if len(stage) > 0 {
			args = append(args, "--hook-stage", stage[0])
		}
		cmd := exec.Command(pc, args...)
		cmd.Dir, cmd.Env = work, env
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	out, err := hook("scrapelint")
	if err == nil || !strings.Contains(out, "ads/placeholder-token") {
		t.Fatalf("check hook should fail on the dirty article:\n%s", out)
	}
	out, err = hook("scrapelint-fix", "manual")
	if err == nil || !strings.Contains(out, "files were modified by this hook") {
		t.Fatalf("fix hook should modify the article (and so fail, as pre-commit fix hooks do):\n%s", out)
	}
	fixed, _ := os.ReadFile(filepath.Join(work, "content", "post.md"))
	if strings.Contains(string(fixed), "[ad_1]") {
		t.Fatalf("fix hook left the token:\n%s", fixed)
	}
	if out, err = hook("scrapelint"); err != nil {
		t.Fatalf("check hook should pass after the fix:\n%s", out)
	}
}

func runIn(t *testing.T, dir, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
	return string(out)
}

func write(t *testing.T, p, s string) {
	t.Helper()
	if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}
