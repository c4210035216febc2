import { Alert, Button, Code, Container, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertOctagon } from '@tabler/icons-react';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A route's error screen: translated, with a retry and a way back; never a white screen. */
export function RouteError(props: { error: unknown; onRetry: () => void }) {
  const { error } = props;
  const { t } = useTranslation();
  const detail = error instanceof Error ? error.message : String(error ?? '');
  return (
    <Container size="sm" py="xl">
      <Alert
        color="red"
        variant="light"
        icon={<IconAlertOctagon aria-hidden />}
        title={<Title order={2} size="h4">{t('routeError.title')}</Title>}
        role="alert"
      >
        <Stack gap="sm">
          <Text>{t('routeError.text')}</Text>
          <Group>
            <Button onClick={props.onRetry}>{t('routeError.retry')}</Button>
            <Button component={Link} to="/" variant="default">
              {t('routeError.back')}
            </Button>
          </Group>
          {detail && (
            <details>
              <summary>{t('routeError.details')}</summary>
              <Code block>{detail}</Code>
            </details>
          )}
        </Stack>
      </Alert>
    </Container>
  );
}

type BoundaryState = { failed: boolean; error: unknown; resetKey: string };

/**
 * Catches what a screen throws while it renders (its code failing to load, the session check
 * failing, a bug) and shows the error screen in its place. Another address (`resetKey`) or the
 * retry renders the screen again; a screen whose request failed asks again when it mounts.
 */
export class RouteErrorBoundary extends Component<{ resetKey: string; children: ReactNode }, BoundaryState> {
  state: BoundaryState = { failed: false, error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { failed: true, error };
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: BoundaryState): Partial<BoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { failed: false, error: null, resetKey: props.resetKey };
  }

  private retry = () => this.setState({ failed: false, error: null });

  render() {
    return this.state.failed ? <RouteError error={this.state.error} onRetry={this.retry} /> : this.props.children;
  }
}
