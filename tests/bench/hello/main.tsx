// The baseline for the benchmark: a bare React page built the same way, interactive when its
// button has rendered and its effect has run.
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

function Hello() {
  const [count, setCount] = useState(0);
  useEffect(() => {
    performance.mark('first-interactive');
  }, []);
  return (
    <main>
      <h1>Hello</h1>
      <button type="button" onClick={() => setCount(count + 1)}>
        Clicked {count} times
      </button>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<Hello />);
