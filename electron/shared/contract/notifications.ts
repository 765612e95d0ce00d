import { notificationListSchema, notificationReadSchema, type NotificationPage } from '../notifications';
import { channel } from './define-channel';

/** The in-app notification list. */
export const notificationChannels = {
  'notifications.list': channel(notificationListSchema).returns<NotificationPage>(),
  'notifications.markRead': channel(notificationReadSchema).returns<{ unread: number }>(),
};
