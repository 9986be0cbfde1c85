/** File sizes: the settings give megabytes, files have bytes, messages say either. */

export const BYTES_PER_MB = 1024 * 1024;

/** A size in MB as whole bytes. */
export function bytesOf(megabytes: number): number {
	return Math.floor(megabytes * BYTES_PER_MB);
}

/** `10 MB`, `2.5 MB`, `12 KB`: sizes in messages. */
export function formatSize(bytes: number): string {
	return bytes < BYTES_PER_MB / 10 ? `${+(bytes / 1024).toFixed(1)} KB` : `${+(bytes / BYTES_PER_MB).toFixed(1)} MB`;
}
