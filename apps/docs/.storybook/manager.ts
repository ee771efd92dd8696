import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming';

// The sidebar says whose docs these are.
addons.setConfig({
  theme: create({ base: 'light', brandTitle: 'medlead', brandUrl: './' }),
});
