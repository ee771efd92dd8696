import { createRoot } from 'react-dom/client';
import { LeadershipProfile } from './LeadershipProfile';

// The page's entry point: render the profile into <div id="root"></div>.
const root = document.getElementById('root');
if (root === null) throw new Error('add <div id="root"></div> to the page');
createRoot(root).render(<LeadershipProfile />);
