package fixers

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// ErrChanged means the file on disk no longer holds the bytes that were
// linted, so writing the fix would lose someone else's edit.
var ErrChanged = errors.New("file changed on disk since it was read; not overwritten (run again)")

// ErrReadOnly means this user may not write the file. The atomic rename
// could replace it anyway (it needs only the folder's permission), so the
// file's own permission is checked first and respected.
var ErrReadOnly = errors.New("file is read-only; not fixed (make it writable to fix it)")

// TempPrefix starts the names of temporary files; a leftover one (from a
// killed run) is recognisable and safe to delete.
const TempPrefix = ".scrapelint-"

// WriteAtomic replaces path with data if it still holds orig: the bytes go
// to a temporary file in the same folder, which is synced and renamed over
// the original, so the file is at every moment either old or new. The
// file's permission bits are kept; a symlink is written through.
func WriteAtomic(path string, orig, data []byte) error {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return err
	}
	info, err := os.Stat(real)
	if err != nil {
		return err
	}
	if !writable(real) {
		return ErrReadOnly
	}
	cur, err := os.ReadFile(real)
	if err != nil {
		return err
	}
	if !bytes.Equal(cur, orig) {
		return ErrChanged
	}
	dir := filepath.Dir(real)
	CleanTemps(real)
	tmp, err := os.CreateTemp(dir, TempPrefix+filepath.Base(real)+"-*.tmp")
	if err != nil {
		return fmt.Errorf("cannot write beside %s: %w", path, err)
	}
	name := tmp.Name()
	fail := func(err error) error {
		_ = tmp.Close()
		_ = os.Remove(name)
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		return fail(err)
	}
	if err := tmp.Chmod(info.Mode().Perm()); err != nil {
		return fail(err)
	}
	if err := tmp.Sync(); err != nil {
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		return fail(err)
	}
	if err := os.Rename(name, real); err != nil {
		_ = os.Remove(name)
		return err
	}
	if d, err := os.Open(dir); err == nil {
		// Make the rename itself durable.
		_ = d.Sync()
		_ = d.Close()
	}
	return nil
}

// CleanTemps deletes temporary files that a killed run left for the file
// at path; they hold a copy of the old or the new bytes, never the only one.
func CleanTemps(path string) {
	dir, base := filepath.Split(path)
	matches, _ := filepath.Glob(filepath.Join(dir, TempPrefix+globEscape(base)+"-*.tmp"))
	for _, m := range matches {
		_ = os.Remove(m)
	}
}

func globEscape(s string) string {
	r := strings.NewReplacer("*", "\\*", "?", "\\?", "[", "\\[", "\\", "\\\\")
	return r.Replace(s)
}

// writable asks the operating system whether this user may write the
// file, by opening it for writing without truncating it.
func writable(path string) bool {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return false
	}
	_ = f.Close()
	return true
}
