/** A result line for a person: an error (read out at once) or a plain notice. */
export type Message = { text: string; error: boolean } | null;

/** The line under an action: what happened, or why it did not; nothing when there is none. */
export function MessageLine({ message, inline = false }: { message: Message; inline?: boolean }) {
  if (!message) return null;
  const Tag = inline ? 'span' : 'p';
  return (
    <Tag
      className={message.error ? 'field-error' : 'form-note'}
      role={message.error ? 'alert' : 'status'}
    >
      {message.text}
    </Tag>
  );
}
