import { Grid, Stack } from '@mantine/core';
import { ActionPanel } from './action-panel';
import { CardHeader } from './header/card-header';
import { ChangedNotice } from './panel/changed-notice';
import { StepRail } from './rail/step-rail';
import { CardTabs } from './tabs/card-tabs';

/** The card: header band; main column (action panel, tabs); side column (step rail). */
export function CardPage() {
  return (
    <Stack gap="md" maw={1680} mx="auto">
      <CardHeader />
      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <ChangedNotice />
            <ActionPanel />
            <CardTabs />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <StepRail />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
