// The Socket.IO rooms of a live code: its followers and its presenters (never a socket's own id,
// which has no colon).
export const followersRoom = (code: string): string => `live-f:${code}`;
export const presentersRoom = (code: string): string => `live-p:${code}`;

/** The live code of a Socket.IO room name, or null for any other room. */
export function codeOfRoom(room: string): string | null {
  return room.startsWith('live-f:') || room.startsWith('live-p:') ? room.slice(7) : null;
}
